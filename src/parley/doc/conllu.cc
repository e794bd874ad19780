#include "parley/doc/conllu.h"

#include <charconv>
#include <vector>

namespace parley {
namespace {

// Splits a line on tabs into exactly 10 fields; false otherwise.
bool split_fields(std::string_view line, std::string_view fields[10]) {
  size_t n = 0, start = 0;
  while (n < 10) {
    size_t tab = line.find('\t', start);
    if (tab == std::string_view::npos) {
      fields[n++] = line.substr(start);
      break;
    }
    fields[n++] = line.substr(start, tab - start);
    start = tab + 1;
    if (n == 10) return false;  // more than 10 fields
  }
  return n == 10;
}

bool parse_int(std::string_view s, int* out) {
  if (s.empty()) return false;
  auto r = std::from_chars(s.data(), s.data() + s.size(), *out);
  return r.ec == std::errc() && r.ptr == s.data() + s.size();
}

std::string field(std::string_view f) { return f == "_" ? std::string() : std::string(f); }

// Removes SpaceAfter=No from a MISC value; returns true when it was there.
bool take_space_after_no(std::string* misc) {
  size_t pos = 0;
  while (pos < misc->size()) {
    size_t bar = misc->find('|', pos);
    if (bar == std::string::npos) bar = misc->size();
    if (misc->compare(pos, bar - pos, "SpaceAfter=No") == 0) {
      size_t erase_from = pos > 0 ? pos - 1 : pos;
      size_t erase_to = (pos == 0 && bar < misc->size()) ? bar + 1 : bar;
      misc->erase(erase_from, erase_to - erase_from);
      return true;
    }
    pos = bar + 1;
  }
  return false;
}

Status line_error(const std::string& path, uint64_t line, const std::string& what) {
  return Status::InvalidInput(path + ":" + std::to_string(line) + ": " + what);
}

}  // namespace

namespace {

// Appends to doc->text in place (copying the text for every sentence made
// reading a long document quadratic); the caller restores it on error.
Status append_sentence_in_place(std::string_view block, const std::string& path,
                                uint64_t first_line, std::string_view separator, Document* doc) {
  Sentence sent;
  std::string& text = doc->text;
  if (!text.empty()) text.append(separator);
  size_t sentence_start = text.size();
  int mwt_last = 0;          // last word id covered by the open multiword token
  bool pending_mwt = false;  // a range line was read, its words follow
  uint64_t line_no = first_line;
  size_t pos = 0;
  for (; pos <= block.size(); ++line_no) {
    size_t nl = block.find('\n', pos);
    if (nl == std::string_view::npos) nl = block.size();
    std::string_view line = block.substr(pos, nl - pos);
    pos = nl + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty()) continue;
    if (line[0] == '#') {
      constexpr std::string_view kSentId = "# sent_id = ";
      if (line.substr(0, kSentId.size()) == kSentId) sent.sent_id = line.substr(kSentId.size());
      continue;
    }
    std::string_view f[10];
    if (!split_fields(line, f))
      return line_error(path, line_no, "expected 10 tab-separated fields");
    std::string_view id = f[0];
    if (id.find('.') != std::string_view::npos) continue;  // empty nodes of enhanced graphs
    size_t dash = id.find('-');
    if (dash != std::string_view::npos) {
      int first = 0, last = 0;
      if (!parse_int(id.substr(0, dash), &first) || !parse_int(id.substr(dash + 1), &last) ||
          last < first || first != static_cast<int>(sent.words.size()) + 1)
        return line_error(path, line_no, "bad multiword token range '" + std::string(id) + "'");
      Token tok;
      tok.start = tok.end = static_cast<uint32_t>(text.size());
      tok.first_word = static_cast<uint32_t>(sent.words.size());
      tok.word_count = static_cast<uint32_t>(last - first + 1);
      std::string misc = field(f[9]);
      tok.space_after = !take_space_after_no(&misc);
      sent.tokens.push_back(tok);
      mwt_last = last;
      pending_mwt = true;
      // The token's surface form goes into the text; its words point inside it.
      text.append(f[1]);
      sent.tokens.back().end = static_cast<uint32_t>(text.size());
      if (sent.tokens.back().space_after) text.push_back(' ');
      continue;
    }
    int word_id = 0;
    if (!parse_int(id, &word_id) || word_id != static_cast<int>(sent.words.size()) + 1)
      return line_error(path, line_no, "bad word id '" + std::string(id) + "'");
    Word w;
    w.form = std::string(f[1]);
    w.lemma = field(f[2]);
    if (f[2] == "_" && f[1] == "_") w.lemma = "_";
    w.upos = field(f[3]);
    w.xpos = field(f[4]);
    w.feats = field(f[5]);
    if (f[6] != "_" && (!parse_int(f[6], &w.head) || w.head < 0))
      return line_error(path, line_no, "bad head '" + std::string(f[6]) + "'");
    w.deprel = field(f[7]);
    w.misc = field(f[9]);
    bool no_space = take_space_after_no(&w.misc);
    if (pending_mwt && word_id <= mwt_last) {
      // Inside a multiword token: point at the part of the surface form that
      // matches the word, or at the whole token when the form is not a part.
      Token& tok = sent.tokens.back();
      std::string_view surface(text.data() + tok.start, tok.end - tok.start);
      size_t offset = 0;
      for (uint32_t i = tok.first_word; i < sent.words.size(); ++i)
        offset = sent.words[i].end - tok.start;
      if (surface.substr(offset, w.form.size()) == w.form) {
        w.start = tok.start + static_cast<uint32_t>(offset);
        w.end = w.start + static_cast<uint32_t>(w.form.size());
      } else {
        w.start = tok.start;
        w.end = tok.end;
      }
      if (word_id == mwt_last) pending_mwt = false;
    } else {
      Token tok;
      tok.start = static_cast<uint32_t>(text.size());
      text.append(w.form);
      tok.end = static_cast<uint32_t>(text.size());
      tok.first_word = static_cast<uint32_t>(sent.words.size());
      tok.word_count = 1;
      tok.space_after = !no_space;
      if (tok.space_after) text.push_back(' ');
      w.start = tok.start;
      w.end = tok.end;
      sent.tokens.push_back(tok);
    }
    sent.words.push_back(std::move(w));
  }
  if (sent.words.empty()) return line_error(path, first_line, "sentence without words");
  if (pending_mwt)
    return line_error(path, line_no - 1, "multiword token range runs past the sentence");
  for (const Word& w : sent.words) {
    if (w.head > static_cast<int>(sent.words.size()))
      return line_error(path, first_line, "head points past the end of the sentence");
  }
  // A parse is a tree: every chain of heads ends at the root (0) or at a
  // word without a head. The coder walks up these chains, so a cycle would
  // never end. (Linear: each word is marked done once its chain is known.)
  {
    const size_t n = sent.words.size();
    std::vector<char> state(n, 0);  // 0 new, 1 on the chain being walked, 2 done
    for (size_t i = 0; i < n; ++i) {
      size_t w = i;
      while (state[w] == 0) {
        state[w] = 1;
        const int h = sent.words[w].head;
        if (h <= 0) break;
        w = static_cast<size_t>(h - 1);
        if (state[w] == 1)
          return line_error(path, first_line,
                            "the parse has a cycle through word " + std::to_string(w + 1));
      }
      for (size_t k = i; state[k] == 1;) {  // mark the chain just walked done
        state[k] = 2;
        const int h = sent.words[k].head;
        if (h <= 0) break;
        k = static_cast<size_t>(h - 1);
      }
    }
  }
  // Drop the space written after the last token so sentences are separated
  // only by `separator` (only that one: a form may itself end in a space).
  if (!sent.tokens.empty() && sent.tokens.back().space_after && text.size() > sentence_start &&
      text.back() == ' ')
    text.pop_back();
  sent.start = static_cast<uint32_t>(sentence_start);
  sent.end = static_cast<uint32_t>(text.size());
  doc->sentences.push_back(std::move(sent));
  return Status::OK();
}

}  // namespace

Status append_conllu_sentence(std::string_view block, const std::string& path, uint64_t first_line,
                              std::string_view separator, Document* doc) {
  size_t original_size = doc->text.size();
  Status s = append_sentence_in_place(block, path, first_line, separator, doc);
  if (!s.ok()) doc->text.resize(original_size);
  return s;
}

ConlluReader::ConlluReader(std::istream* in, std::string path) : in_(in), path_(std::move(path)) {}

bool ConlluReader::read_line(std::string* line) {
  if (has_pending_) {
    *line = std::move(pending_);
    has_pending_ = false;
    return true;
  }
  if (!std::getline(*in_, *line)) return false;
  ++line_no_;
  return true;
}

bool ConlluReader::next(Document* doc, Status* error) {
  *doc = Document();
  doc->source_path = path_;
  std::string line, block;
  uint64_t block_start = 0;
  bool any = false;
  bool new_paragraph = false;
  auto flush = [&]() {
    if (block.empty()) return;
    Status s = append_conllu_sentence(block, path_, block_start, new_paragraph ? "\n\n" : " ", doc);
    if (!s.ok() && error && error->ok()) *error = s;
    block.clear();
    new_paragraph = false;
  };
  while (read_line(&line)) {
    uint64_t this_line = line_no_;
    if (line.rfind("# newdoc", 0) == 0) {
      if (any && !one_per_sentence_) {
        pending_ = line;
        has_pending_ = true;
        break;
      }
      size_t eq = line.find("id = ");
      if (eq != std::string::npos) doc->id = line.substr(eq + 5);
      continue;
    }
    // EWT puts "# newpar" after "# sent_id": any comment of the block counts.
    if (line.rfind("# newpar", 0) == 0) new_paragraph = !doc->text.empty();
    if (line.empty() || line == "\r") {
      flush();
      if (one_per_sentence_ && !doc->sentences.empty()) return true;
      continue;
    }
    if (block.empty()) block_start = this_line;
    if (doc->source_line == 0) doc->source_line = this_line;
    block.append(line).push_back('\n');
    any = true;
  }
  flush();
  return any || !doc->sentences.empty();
}

void write_conllu(const Document& doc, std::string* out) {
  if (!doc.id.empty() && !doc.sentences.empty()) {
    out->append("# newdoc id = ");
    for (char c : doc.id) out->push_back(c == '\n' || c == '\r' ? ' ' : c);
    out->push_back('\n');
    if (!doc.date.empty()) out->append("# date = " + doc.date + "\n");
  }
  for (size_t si = 0; si < doc.sentences.size(); ++si) {
    const Sentence& s = doc.sentences[si];
    out->append("# sent_id = ");
    out->append(s.sent_id.empty() ? (doc.id.empty() ? "s" : doc.id + "-") + std::to_string(si + 1)
                                  : s.sent_id);
    out->append("\n# text = ");
    for (char c : doc.slice(s.start, s.end))
      out->push_back(c == '\n' || c == '\r' || c == '\t' ? ' ' : c);
    out->push_back('\n');
    auto put = [out](const std::string& v) { out->append(v.empty() ? "_" : v); };
    for (const Token& tok : s.tokens) {
      std::string space = tok.space_after ? "" : "SpaceAfter=No";
      if (tok.word_count > 1) {
        out->append(std::to_string(tok.first_word + 1) + "-" +
                    std::to_string(tok.first_word + tok.word_count) + "\t");
        out->append(doc.slice(tok.start, tok.end));
        out->append("\t_\t_\t_\t_\t_\t_\t_\t");
        put(space);
        out->push_back('\n');
      }
      for (uint32_t wi = tok.first_word; wi < tok.first_word + tok.word_count; ++wi) {
        const Word& w = s.words[wi];
        out->append(std::to_string(wi + 1));
        out->push_back('\t');
        put(w.form.empty() ? std::string(doc.slice(w.start, w.end)) : w.form);
        out->push_back('\t');
        put(w.lemma);
        out->push_back('\t');
        put(w.upos);
        out->push_back('\t');
        put(w.xpos);
        out->push_back('\t');
        put(w.feats);
        out->push_back('\t');
        out->append(w.head < 0 ? "_" : std::to_string(w.head));
        out->push_back('\t');
        put(w.deprel);
        out->append("\t_\t");
        std::string misc = w.misc;
        if (tok.word_count == 1 && !tok.space_after)
          misc = misc.empty() ? "SpaceAfter=No" : misc + "|SpaceAfter=No";
        put(misc);
        out->push_back('\n');
      }
    }
    out->push_back('\n');
  }
}

}  // namespace parley
