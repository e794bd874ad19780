#include "parley/code/validation_suite.h"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <fstream>
#include <sstream>

#include "parley/util/date.h"

namespace parley::code {
namespace {

// Replaces every XML comment by spaces (keeping newlines) so offsets and line
// numbers stay those of the original file.
std::string BlankComments(std::string_view xml) {
  std::string out(xml);
  size_t pos = 0;
  while ((pos = out.find("<!--", pos)) != std::string::npos) {
    size_t end = out.find("-->", pos + 4);
    end = end == std::string::npos ? out.size() : end + 3;
    for (size_t i = pos; i < end; ++i)
      if (out[i] != '\n') out[i] = ' ';
    pos = end;
  }
  return out;
}

std::string Trim(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && std::isspace(static_cast<unsigned char>(s[b]))) ++b;
  while (e > b && std::isspace(static_cast<unsigned char>(s[e - 1]))) --e;
  return std::string(s.substr(b, e - b));
}

std::string CollapseSpace(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (std::isspace(static_cast<unsigned char>(c))) {
      space = true;
    } else {
      if (space && !out.empty()) out.push_back(' ');
      space = false;
      out.push_back(c);
    }
  }
  return out;
}

std::string Unescape(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '&') {
      static const std::pair<std::string_view, char> kEntities[] = {
          {"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&apos;", '\''}};
      bool done = false;
      for (const auto& [name, ch] : kEntities) {
        if (s.substr(i, name.size()) == name) {
          out.push_back(ch);
          i += name.size() - 1;
          done = true;
          break;
        }
      }
      if (done) continue;
    }
    out.push_back(s[i]);
  }
  return out;
}

// Attribute `name` of a start tag's text ("<Sentence id=\"x\" ...>"), or "".
std::string Attribute(std::string_view tag, std::string_view name) {
  size_t pos = 0;
  while ((pos = tag.find(name, pos)) != std::string_view::npos) {
    bool boundary = pos > 0 && std::isspace(static_cast<unsigned char>(tag[pos - 1]));
    size_t p = pos + name.size();
    while (p < tag.size() && std::isspace(static_cast<unsigned char>(tag[p]))) ++p;
    if (boundary && p < tag.size() && tag[p] == '=') {
      ++p;
      while (p < tag.size() && std::isspace(static_cast<unsigned char>(tag[p]))) ++p;
      if (p < tag.size() && (tag[p] == '"' || tag[p] == '\'')) {
        char q = tag[p];
        size_t end = tag.find(q, p + 1);
        if (end == std::string_view::npos) return "";
        return Unescape(tag.substr(p + 1, end - p - 1));
      }
    }
    pos += name.size();
  }
  return "";
}

// Text between <tag> and </tag> inside [begin, end) of s, or npos-less "".
bool Element(std::string_view s, std::string_view tag, std::string* out) {
  std::string open = "<" + std::string(tag) + ">";
  std::string close = "</" + std::string(tag) + ">";
  size_t b = s.find(open);
  if (b == std::string_view::npos) return false;
  b += open.size();
  size_t e = s.find(close, b);
  if (e == std::string_view::npos) e = s.size();
  *out = std::string(s.substr(b, e - b));
  return true;
}

std::string NormalizeDate(const std::string& d) {
  if (d.size() == 10 && d[4] == '-' && d[7] == '-') return d;
  return normalize_petrarch_date(d).value_or("");
}

std::vector<std::string> SplitList(const std::string& s, const char* seps) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : s) {
    if (std::strchr(seps, c)) {
      if (!Trim(cur).empty()) out.push_back(Trim(cur));
      cur.clear();
    } else {
      cur.push_back(c);
    }
  }
  if (!Trim(cur).empty()) out.push_back(Trim(cur));
  return out;
}

// The tags of `text` that start with `open` ("<Config"), each from '<' to
// its '>'; a tag left unclosed ends the list.
std::vector<std::string_view> TagsStartingWith(std::string_view text, std::string_view open) {
  std::vector<std::string_view> tags;
  size_t pos = 0;
  while ((pos = text.find(open, pos)) != std::string_view::npos) {
    size_t end = text.find('>', pos);
    if (end == std::string_view::npos) break;
    tags.push_back(text.substr(pos, end - pos + 1));
    pos = end;
  }
  return tags;
}

// Applies the <Config option="require_dyad" value="..."/> tags of `text` in
// order to *require_dyad (other options are ignored).
void ApplyConfig(std::string_view text, bool* require_dyad) {
  for (std::string_view tag : TagsStartingWith(text, "<Config")) {
    if (Attribute(tag, "option") != "require_dyad") continue;
    std::string value = Attribute(tag, "value");
    for (char& c : value) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (value == "true" || value == "false") *require_dyad = value == "true";
  }
}

}  // namespace

Status ParseValidationSuite(std::string_view xml_in, const std::string& path,
                            ValidationEnvironment* env, std::vector<ValidationRecord>* records,
                            std::vector<std::string>* warnings) {
  std::string xml = BlankComments(xml_in);
  std::string_view s(xml);
  records->clear();
  *env = ValidationEnvironment();

  std::string env_text;
  if (Element(s, "Environment", &env_text)) {
    std::string v;
    if (Element(env_text, "Verbfile", &v)) env->verb_file = Trim(v);
    if (Element(env_text, "Actorfile", &v)) env->actor_files = SplitList(v, ",");
    if (Element(env_text, "Agentfile", &v)) env->agent_file = Trim(v);
    if (Element(env_text, "Discardfile", &v)) env->discard_file = Trim(v);
    if (Element(env_text, "Issuefile", &v)) env->issue_file = Trim(v);
    if (Element(env_text, "PICOfile", &v)) env->pico_file = Trim(v);
    if (Element(env_text, "Include", &v)) env->include = SplitList(v, " \t\r\n");
  }

  // Line number of every offset, computed incrementally.
  size_t line_pos = 0;
  uint64_t line_no = 1;
  auto line_of = [&](size_t off) {
    for (; line_pos < off && line_pos < s.size(); ++line_pos)
      if (s[line_pos] == '\n') ++line_no;
    return line_no;
  };

  size_t pos = 0;
  bool require_dyad = true;
  ApplyConfig(s.substr(0, s.find("<Sentence ")), &require_dyad);
  while (true) {
    size_t start = s.find("<Sentence ", pos);
    if (start == std::string_view::npos) break;
    size_t tag_end = s.find('>', start);
    if (tag_end == std::string_view::npos) {
      if (warnings)
        warnings->push_back(path + ":" + std::to_string(line_of(start)) +
                            ": unterminated <Sentence> tag");
      break;
    }
    size_t next = s.find("<Sentence ", tag_end);
    size_t end = next == std::string_view::npos ? s.size() : next;
    size_t closing = s.find("</Sentences>", tag_end);
    if (closing != std::string_view::npos && closing < end) end = closing;
    std::string_view tag = s.substr(start, tag_end - start + 1);
    std::string_view body = s.substr(tag_end + 1, end - tag_end - 1);
    pos = end;

    ValidationRecord r;
    r.line = line_of(start);
    r.require_dyad = require_dyad;
    ApplyConfig(body, &require_dyad);  // options after this record apply to the next ones
    r.id = Attribute(tag, "id");
    r.date = NormalizeDate(Attribute(tag, "date"));
    r.category = Attribute(tag, "category");
    if (r.category.empty()) r.category = Attribute(tag, "source");

    for (std::string_view ectag : TagsStartingWith(body, "<EventCoding")) {
      std::string noevents = Attribute(ectag, "noevents");
      std::string error = Attribute(ectag, "error");
      if (!noevents.empty()) {
        r.noevents = true;
        continue;
      }
      if (!error.empty()) {
        r.error = error;
        continue;
      }
      ExpectedEvent e{Attribute(ectag, "sourcecode"), Attribute(ectag, "targetcode"),
                      Attribute(ectag, "eventcode")};
      if (e.code.empty()) {
        if (warnings)
          warnings->push_back(path + ":" + std::to_string(r.line) + ": record " + r.id +
                              ": <EventCoding> without eventcode, ignored");
        continue;
      }
      r.expected.push_back(std::move(e));
    }
    std::string text;
    if (Element(body, "Text", &text)) r.text = CollapseSpace(Unescape(text));
    std::string parse;
    if (Element(body, "Parse", &parse)) {
      const size_t content = tag_end + 1 + body.find("<Parse>") + std::strlen("<Parse>");
      const size_t first = parse.find_first_not_of(" \t\r\n");
      if (first != std::string::npos) r.parse_line = line_of(content + first);
      // Keep word lines only, trimmed; drop blank lines.
      std::istringstream in(parse);
      std::string line;
      while (std::getline(in, line)) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        size_t b = line.find_first_not_of(" \t");
        if (b == std::string::npos) continue;
        r.parse += Unescape(line.substr(b));
        r.parse += '\n';
      }
    }
    records->push_back(std::move(r));
  }
  return Status::OK();
}

Status ReadValidationSuite(const std::string& path, ValidationEnvironment* env,
                           std::vector<ValidationRecord>* records,
                           std::vector<std::string>* warnings) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IOError(path + ": cannot open validation file");
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) return Status::IOError(path + ": read error");
  return ParseValidationSuite(ss.str(), path, env, records, warnings);
}

bool IsIncluded(const ValidationEnvironment& env, const ValidationRecord& record) {
  bool any = false;
  for (const std::string& c : env.include) {
    if (c == "valid") continue;
    any = true;
    if (c == record.category) return true;
  }
  return !any;
}

}  // namespace parley::code
