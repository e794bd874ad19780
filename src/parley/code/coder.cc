#include "parley/code/coder.h"

#include <algorithm>
#include <string>

#include "parley/code/parse_repair.h"
#include "parley/code/sentence_coder.h"

namespace parley::code {

using internal::CorefMemory;
using internal::SentenceCoder;

void UnknownActors::Add(const std::string& phrase, bool proper, const std::string& sentence) {
  std::lock_guard<std::mutex> lock(mu_);
  Entry& e = entries_[phrase];
  if (e.count == 0) e.example = sentence;
  ++e.count;
  e.proper = e.proper || proper;
}

size_t UnknownActors::size() const {
  std::lock_guard<std::mutex> lock(mu_);
  return entries_.size();
}

std::string UnknownActors::Report() const {
  std::lock_guard<std::mutex> lock(mu_);
  std::vector<std::pair<std::string, Entry>> rows(entries_.begin(), entries_.end());
  std::sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) {
    if (a.second.proper != b.second.proper) return a.second.proper;
    if (a.second.count != b.second.count) return a.second.count > b.second.count;
    return a.first < b.first;
  });
  std::string out = "count\tkind\tphrase\texample\n";
  for (const auto& [phrase, e] : rows) {
    std::string example = e.example;
    for (char& c : example)
      if (c == '\t' || c == '\n' || c == '\r') c = ' ';
    out += std::to_string(e.count) + "\t" + (e.proper ? "proper" : "common") + "\t" + phrase +
           "\t" + example + "\n";
  }
  return out;
}

Coder::Coder(std::shared_ptr<const dict::Dictionaries> dicts, CoderOptions options)
    : dicts_(std::move(dicts)), options_(options) {
  auto index = std::make_shared<AlternativesIndex>();
  index->required_at.reserve(dicts_->patterns().size() + 1);
  for (const dict::VerbPattern& p : dicts_->patterns()) {
    index->required_at.push_back(static_cast<uint32_t>(index->required.size()));
    for (const dict::PatternElement& e : p.elements) {
      if (e.words.size() > 1) index->Add(e.words);
      for (const auto& mod : e.modifiers)
        if (mod.size() > 1) index->Add(mod);
      if (e.kind != dict::PatternElement::Kind::kWord || e.words.empty()) continue;
      std::vector<uint32_t> last;
      for (const std::string& alt : e.words)
        last.push_back(index->Intern(AlternativesIndex::LastWord(alt)));
      AlternativesIndex::SortUnique(&last);
      index->required.push_back(static_cast<uint32_t>(last.size()));
      index->required.insert(index->required.end(), last.begin(), last.end());
    }
  }
  index->required_at.push_back(static_cast<uint32_t>(index->required.size()));
  alternatives_ = std::move(index);
}

void Coder::CodeDocument(const Document& doc, std::vector<Event>* events,
                         UnknownActors* unknown) const {
  CorefMemory coref;
  size_t first = events->size();
  Sentence repaired;  // a sentence whose parse needed repair (parse_repair.h)
  for (uint32_t i = 0; i < doc.sentences.size(); ++i) {
    const Sentence& s = doc.sentences[i];
    if (!s.codable || doc.in_no_code(s.start, s.end)) continue;
    bool parsed = false;
    for (const Word& w : s.words)
      if (w.head >= 0) parsed = true;
    if (!parsed) continue;
    const Sentence* coded = &s;
    std::vector<Word> words;
    if (options_.repair_parses && RepairWords(s.words, dicts_.get(), &words) > 0) {
      repaired.start = s.start;
      repaired.end = s.end;
      repaired.codable = s.codable;
      repaired.words = std::move(words);
      coded = &repaired;
    }
    SentenceCoder sc(*this, doc, *coded, i, &coref, unknown);
    if (!sc.Code(events)) {
      events->resize(first);  // story discard: nothing from this document
      return;
    }
  }
}

}  // namespace parley::code
