// `parley dict stats` and `parley dict lookup`: inspect dictionaries.
#include <chrono>
#include <ctime>
#include <iomanip>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "cli/commands.h"
#include "parley/dict/dictionary.h"

namespace parley::cli {

namespace {

// Loads `path` (or the default data directory) and reports errors on stderr.
bool Load(const std::string& path, std::shared_ptr<const dict::Dictionaries>* out) {
  std::string dir = path.empty() ? dict::DefaultDataDir() : path;
  Status s = dict::Dictionaries::LoadDirectory(dir, out);
  if (!s.ok()) {
    std::cerr << "parley dict: " << s.message() << "\n";
    return false;
  }
  return true;
}

std::string RangeText(const dict::DatedCode& c) {
  if (c.from == 0 && c.to == 0) return "always";
  return dict::FormatDate(c.from) + ".." + dict::FormatDate(c.to);
}

dict::Date Today() {
  std::time_t now = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&now, &tm);
  return (tm.tm_year + 1900) * 10000 + (tm.tm_mon + 1) * 100 + tm.tm_mday;
}

std::string ElementText(const dict::PatternElement& e) {
  using K = dict::PatternElement::Kind;
  std::string s;
  if (!e.prep.empty()) {
    for (size_t i = 0; i < e.preps.size(); ++i) s += (i ? "/" : "") + e.preps[i];
    s += " ";
  }
  switch (e.kind) {
    case K::kTarget:
      return s + "<target>";
    case K::kSource:
      return s + "<source>";
    case K::kCompound:
      return s + "<source+target>";
    case K::kSkip:
      return s + "<any>";
    case K::kWord:
      break;
  }
  for (const auto& m : e.modifiers) s += (m.size() == 1 ? m[0] : "{" + m[0] + "|...}") + " ";
  if (e.words.empty()) return s + "<any>";
  if (e.words.size() == 1) return s + e.words[0];
  return s + "{" + e.words[0] + "|" + e.words[1] + (e.words.size() > 2 ? "|..." : "") + "}";
}

void PrintPattern(const dict::Dictionaries& d, const dict::VerbPattern& p) {
  std::string code = p.code.empty() ? "-" : p.code;
  if (!p.reverse_code.empty()) code += ":" + p.reverse_code;
  std::cout << "    [" << code << "] "
            << (d.cameo().Name(p.code).empty() ? "" : d.cameo().Name(p.code) + ": ") << p.text
            << "   (" << p.origin << ")\n";
  std::cout << "        " << (p.nominal ? "n:" : "") << p.predicate;
  for (size_t i = 0; i < p.elements.size(); ++i) {
    const auto& e = p.elements[i];
    std::cout << "  " << (e.before_predicate ? "<-" : "->") << ElementText(e);
    if (e.parent >= 0) std::cout << "(under #" << e.parent << ")";
  }
  std::cout << "\n";
}

int RunStats(const std::string& path, bool json) {
  std::shared_ptr<const dict::Dictionaries> d;
  if (!Load(path, &d)) return 2;
  for (const std::string& w : d->warnings()) std::cerr << w << "\n";
  dict::DictionaryStats s = d->stats();
  if (json) {
    nlohmann::json j = {{"format", d->format()},
                        {"actors", s.actors},
                        {"actor_names", s.actor_names},
                        {"agents", s.agents},
                        {"agent_names", s.agent_names},
                        {"verbs", s.verbs},
                        {"verb_patterns", s.verb_patterns},
                        {"verb_blocks", s.verb_blocks},
                        {"synsets", s.synsets},
                        {"transformations", s.transformations},
                        {"discards", s.discards},
                        {"issues", s.issues},
                        {"countries", s.countries},
                        {"cameo_codes", d->cameo().size()},
                        {"warnings", s.warnings},
                        {"load_seconds", s.load_seconds}};
    std::cout << j.dump() << "\n";
  } else {
    std::cout << "dictionaries:    " << (path.empty() ? dict::DefaultDataDir() : path) << " ("
              << d->format() << " format)\n"
              << "actors:          " << s.actors << " entries, " << s.actor_names << " names\n"
              << "countries:       " << s.countries << "\n"
              << "agents:          " << s.agents << " entries, " << s.agent_names << " phrases\n"
              << "verbs:           " << s.verbs << " verbs, " << s.verb_patterns << " patterns";
    if (s.verb_blocks) std::cout << ", " << s.verb_blocks << " blocks, " << s.synsets << " synsets";
    if (s.transformations) std::cout << ", " << s.transformations << " transformations";
    std::cout << "\n"
              << "discards:        " << s.discards << "\n"
              << "issues:          " << s.issues << " phrases\n"
              << "CAMEO codes:     " << d->cameo().size() << "\n"
              << "warnings:        " << s.warnings << "\n"
              << "load time:       " << std::fixed << std::setprecision(3) << s.load_seconds
              << " s\n";
  }
  return s.warnings ? 1 : 0;
}

int RunLookup(const std::string& phrase, const std::string& date_text, const std::string& path) {
  dict::Date date = Today();
  if (!date_text.empty()) {
    auto d = dict::ParseDate(date_text);
    if (!d) {
      std::cerr << "parley dict lookup: bad --date " << date_text << " (want YYYY-MM-DD)\n";
      return 2;
    }
    date = *d;
  }
  std::shared_ptr<const dict::Dictionaries> d;
  if (!Load(path, &d)) return 2;
  if (!d->warnings().empty())
    std::cerr << "parley dict lookup: " << d->warnings().size()
              << " dictionary warnings (see `parley dict stats`)\n";
  dict::WordSequence seq = dict::WordSequence::FromPhrase(phrase);
  std::cout << "phrase: " << phrase << "   (date " << dict::FormatDate(date) << ")\n";
  bool found = false;

  std::vector<const dict::Actor*> exact = d->FindActors(phrase);
  for (const dict::Actor* a : exact) {
    found = true;
    std::string code = a->CodeAt(date);
    std::cout << "actor: " << a->name << " -> " << (code.empty() ? "(no code at this date)" : code)
              << "  [" << dict::ActorKindName(d->KindOfCode(code)) << "]   (" << a->origin << ")\n";
    if (!a->default_code.empty()) std::cout << "    default " << a->default_code << "\n";
    for (const dict::DatedCode& c : a->codes)
      std::cout << "    " << c.code << " " << RangeText(c) << "\n";
    if (a->names.size() > 1) {
      std::cout << "    names:";
      for (size_t i = 0; i < a->names.size() && i < 12; ++i)
        std::cout << (i ? " | " : " ") << a->names[i];
      if (a->names.size() > 12) std::cout << " | ... (" << a->names.size() << ")";
      std::cout << "\n";
    }
  }
  auto span = [&](uint32_t b, uint32_t e) {
    std::string s;
    for (uint32_t i = b; i < e; ++i) s += (i > b ? " " : "") + seq.form(i);
    return s;
  };
  if (exact.empty()) {
    for (const dict::ActorMatch& m : d->MatchActors(seq, date)) {
      found = true;
      std::cout << "actor in phrase: \"" << span(m.begin, m.end) << "\" = " << m.actor->name
                << " -> " << (m.code.empty() ? "(no code at this date)" : m.code) << "  ["
                << dict::ActorKindName(m.kind) << "]   (" << m.actor->origin << ")\n";
    }
  }
  for (const dict::AgentMatch& m : d->MatchAgents(seq)) {
    found = true;
    std::cout << "agent: \"" << span(m.begin, m.end) << "\" = " << (m.agent->prefix ? "" : "~")
              << m.agent->code << (m.agent->prefix ? "~" : "") << "   (" << m.agent->origin
              << ")\n";
  }
  for (const dict::DiscardMatch& m : d->MatchDiscards(seq)) {
    found = true;
    const char* scope = m.discard->scope == dict::Discard::Scope::kStory   ? "story"
                        : m.discard->scope == dict::Discard::Scope::kActor ? "actor"
                                                                           : "sentence";
    std::cout << "discard (" << scope << "): \"" << span(m.begin, m.end) << "\"   ("
              << m.discard->origin << ")\n";
  }
  for (const dict::IssueMatch& m : d->MatchIssues(seq)) {
    found = true;
    std::cout << "issue: \"" << span(m.begin, m.end)
              << "\" = " << (m.issue->ignore ? "(ignore)" : m.issue->code) << "   ("
              << m.issue->origin << ")\n";
  }
  if (seq.size() > 0) {
    // Verbs: by the first word, as a dictionary editor types "attack" or "pull out".
    for (const dict::Verb* v : d->FindVerbs(seq.form(0))) {
      found = true;
      std::string shown;
      for (const auto& w : v->before) shown += w + " ";
      shown += v->lemma;
      for (const auto& w : v->after) shown += " " + w;
      std::cout << "verb: " << shown;
      if (!v->default_code.empty() && v->default_code != "---")
        std::cout << " (default " << v->default_code << ")";
      std::cout << ", " << v->patterns.size() << " patterns   (" << v->origin << ")\n";
      for (uint32_t p : v->patterns) PrintPattern(*d, d->pattern(p));
    }
    for (const dict::VerbPattern* p : d->FindNominalPatterns(seq.form(0))) {
      found = true;
      std::cout << "nominal event:\n";
      PrintPattern(*d, *p);
    }
  }
  if (!found) std::cout << "not found in any dictionary\n";
  return 0;
}

}  // namespace

void add_dict_command(CLI::App& app, int* exit_code) {
  CLI::App* cmd =
      app.add_subcommand("dict", "Inspect actor, agent, verb, discard and issue dictionaries");
  cmd->require_subcommand(1);
  cmd->footer(
      "Dictionaries are read from PATH (--dictionaries), else $PARLEY_DATA, else the data/ folder "
      "of the\n"
      "parley source tree. PATH may hold parley's own files (countries.txt, actors-*.txt, "
      "officials-*.txt,\n"
      "agents.txt, verbs.txt, discards.txt, issues.txt; see data/FORMAT.md) or PETRARCH-2 files\n"
      "(*.actors.txt, CAMEO*.txt / *verbs*.txt, *agents*.txt, *discards*.txt, *Issue*.txt).");

  static std::string stats_path;
  static bool stats_json = false;
  CLI::App* stats =
      cmd->add_subcommand("stats",
                          "Load the dictionaries and print entry counts and the load time.\n"
                          "Every skipped line is reported on stderr as file:line: message; exit "
                          "status 1 when there were any.");
  stats->add_option("--dictionaries", stats_path,
                    "Directory of dictionaries (parley or PETRARCH format)");
  stats->add_flag(
      "--json", stats_json,
      "Print one JSON object: actors, actor_names, agents, agent_names, verbs, verb_patterns,\n"
      "verb_blocks, synsets, transformations, discards, issues, countries, cameo_codes,\n"
      "warnings, load_seconds, format");
  stats->callback([exit_code] { *exit_code = RunStats(stats_path, stats_json); });

  static std::string lookup_phrase, lookup_date, lookup_path;
  CLI::App* lookup =
      cmd->add_subcommand("lookup",
                          "Show what a phrase resolves to: the actor and its code at a date, "
                          "agents, discards, issues,\n"
                          "and the verb patterns of its first word. For dictionary editors.\n"
                          "Example: parley dict lookup \"Joe Biden\" --date 2015-06-01");
  lookup
      ->add_option("PHRASE", lookup_phrase,
                   "Words to look up (as tokenized: \"U.S.\", \"foreign minister\")")
      ->required();
  lookup->add_option("--date", lookup_date,
                     "Resolve dated actor codes at this date, YYYY-MM-DD (default: today)");
  lookup->add_option("--dictionaries", lookup_path,
                     "Directory of dictionaries (parley or PETRARCH format)");
  lookup->callback(
      [exit_code] { *exit_code = RunLookup(lookup_phrase, lookup_date, lookup_path); });
}

}  // namespace parley::cli
