#include "parley/code/validate.h"

#include <filesystem>

#include "parley/doc/conllu.h"

namespace parley::code {

namespace {
std::string InDir(const std::string& dir, const std::string& name) {
  if (dir.empty()) return name;
  return (std::filesystem::path(dir) / name).string();
}
}  // namespace

dict::PetrarchFiles FilesFor(const ValidationEnvironment& env, const ValidateOptions& options) {
  dict::PetrarchFiles f;
  std::string verbs = options.verbs.empty() ? env.verb_file : options.verbs;
  if (!verbs.empty()) f.verbs.push_back(InDir(options.dict_dir, verbs));
  for (const std::string& a : env.actor_files) f.actors.push_back(InDir(options.dict_dir, a));
  if (!env.agent_file.empty()) f.agents.push_back(InDir(options.dict_dir, env.agent_file));
  if (!env.discard_file.empty()) f.discards.push_back(InDir(options.dict_dir, env.discard_file));
  if (!env.issue_file.empty()) f.issues.push_back(InDir(options.dict_dir, env.issue_file));
  return f;
}

std::string FormatEvents(const std::set<ExpectedEvent>& events) {
  if (events.empty()) return "none";
  std::string out;
  for (const ExpectedEvent& e : events) {
    if (!out.empty()) out += "; ";
    out += e.source + " " + e.target + " " + e.code;
  }
  return out;
}

std::string FormatFailure(const RecordResult& r) {
  std::string out = r.record->id + "\texpected: " + FormatEvents(r.expected) +
                    "\tproduced: " + FormatEvents(r.produced);
  if (!r.error.empty()) out += "\terror: " + r.error;
  return out;
}

Status RunValidation(const std::string& path, const ValidateOptions& options,
                     const TextAnalyzer& analyze, std::vector<ValidationRecord>* records,
                     std::vector<RecordResult>* results, ValidateSummary* summary,
                     std::vector<std::string>* warnings) {
  ValidationEnvironment env;
  Status s = ReadValidationSuite(path, &env, records, warnings);
  if (!s.ok()) return s;
  dict::PetrarchFiles files = FilesFor(env, options);
  for (const auto* list : {&files.verbs, &files.actors, &files.agents, &files.discards})
    for (const std::string& f : *list)
      if (!std::filesystem::exists(f))
        return Status::NotFound(f + ": dictionary named in " + path +
                                " not found (check --dict-dir)");
  std::shared_ptr<const dict::Dictionaries> dicts;
  s = dict::Dictionaries::LoadPetrarch(files, &dicts);
  if (!s.ok()) return s;
  CoderOptions copt;
  copt.petrarch_null_codes = true;
  copt.petrarch_passive = true;
  copt.petrarch_ccomp_target = true;
  copt.petrarch_place_targets = true;
  copt.place_countries = false;
  copt.trace = options.trace;
  copt.repair_parses = !options.given_parse;  // the suite's parses as given
  {
    std::string pico =
        InDir(options.dict_dir,
              env.pico_file.empty() ? "PETR.Internal.Coding.Ontology.txt" : env.pico_file);
    auto table = std::make_shared<NegationTable>();
    if (std::filesystem::exists(pico) && LoadNegationTable(pico, table.get()).ok())
      copt.negation = table;
  }
  {
    std::string pico =
        InDir(options.dict_dir,
              env.pico_file.empty() ? "PETR.Internal.Coding.Ontology.txt" : env.pico_file);
    auto ontology = std::make_shared<PicoOntology>();
    if (std::filesystem::exists(pico) && PicoOntology::Load(pico, ontology.get()).ok())
      copt.pico = ontology;
  }
  Coder coder(dicts, copt);
  copt.require_dyad = false;
  Coder coder_without_dyad(dicts, copt);

  *summary = ValidateSummary();
  results->clear();
  for (const ValidationRecord& rec : *records) {
    if (!options.all_records && !IsIncluded(env, rec)) continue;
    RecordResult r;
    r.record = &rec;
    r.expected.insert(rec.expected.begin(), rec.expected.end());
    Document doc;
    doc.id = rec.id;
    doc.date = rec.date;
    doc.source_path = path;
    doc.source_line = rec.line;
    Status ds;
    if (options.given_parse) {
      if (rec.parse.empty()) {
        ds = Status::InvalidInput(path + ":" + std::to_string(rec.line) + ": record " + rec.id +
                                  " has no <Parse>");
      } else {
        ds = append_conllu_sentence(rec.parse, path, rec.line, "", &doc);
      }
    } else if (analyze) {
      ds = analyze(rec.text, &doc);
      doc.id = rec.id;
      doc.date = rec.date;
    } else {
      return Status::Usage("no parser available: use --given-parse");
    }
    if (!ds.ok()) {
      r.error = ds.message();
    } else {
      std::vector<Event> events;
      (rec.require_dyad ? coder : coder_without_dyad).CodeDocument(doc, &events);
      for (const Event& e : events) r.produced.insert({e.source, e.target, e.code});
    }
    r.passed = r.error.empty() && r.produced == r.expected;
    if (r.passed)
      ++summary->passed;
    else
      ++summary->failed;
    results->push_back(std::move(r));
  }
  return Status::OK();
}

}  // namespace parley::code
