#include "parley/code/event.h"

#include <cstdio>
#include <nlohmann/json.hpp>

namespace parley::code {

std::string EventToJson(const Event& e) {
  nlohmann::ordered_json j;
  j["doc_id"] = e.doc_id;
  j["sentence_index"] = e.sentence_index;
  j["date"] = e.date;
  j["source"] = e.source;
  j["target"] = e.target;
  j["code"] = e.code;
  j["root_code"] = e.root_code;
  j["quad_class"] = e.quad_class;
  j["goldstein"] = e.goldstein;
  j["plover"] = e.plover;
  j["source_text"] = e.source_text;
  j["target_text"] = e.target_text;
  j["verb_text"] = e.verb_text;
  j["sentence"] = e.sentence;
  j["source_span"] = {e.source_span.first, e.source_span.second};
  j["target_span"] = {e.target_span.first, e.target_span.second};
  j["verb_span"] = {e.verb_span.first, e.verb_span.second};
  if (!e.reported_by.empty()) j["reported_by"] = e.reported_by;
  if (!e.location.empty()) j["location"] = e.location;
  if (!e.location_text.empty()) {
    j["location_text"] = e.location_text;
    j["location_span"] = {e.location_span.first, e.location_span.second};
  }
  if (!e.issues.empty()) j["issues"] = e.issues;
  if (e.negated) j["negated"] = true;
  // Invalid UTF-8 cannot reach here from the readers, but never throw on it.
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

namespace {
std::string TsvField(const std::string& s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) out.push_back(c == '\t' || c == '\n' || c == '\r' ? ' ' : c);
  return out;
}
}  // namespace

std::string TsvHeader() {
  return "doc_id\tsentence_index\tdate\tsource\ttarget\tcode\troot_code\tquad_class\tgoldstein\t"
         "plover\tsource_text\ttarget_text\tverb_text\treported_by\tlocation\tissues\tnegated\t"
         "sentence\tlocation_text";
}

std::string EventToTsv(const Event& e) {
  std::string issues;
  for (size_t i = 0; i < e.issues.size(); ++i) issues += (i ? "," : "") + e.issues[i];
  char gold[32];
  snprintf(gold, sizeof gold, "%g", e.goldstein);
  std::string out;
  for (const std::string& f :
       {TsvField(e.doc_id), std::to_string(e.sentence_index), e.date, e.source, e.target, e.code,
        e.root_code, std::to_string(e.quad_class), std::string(gold), e.plover,
        TsvField(e.source_text), TsvField(e.target_text), TsvField(e.verb_text), e.reported_by,
        e.location, issues, std::string(e.negated ? "true" : "false"), TsvField(e.sentence),
        TsvField(e.location_text)}) {
    out += f;
    out += '\t';
  }
  out.pop_back();
  return out;
}

}  // namespace parley::code
