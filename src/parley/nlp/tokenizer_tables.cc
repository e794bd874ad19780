#include "parley/nlp/tokenizer_tables.h"

#include <vector>

namespace parley::tokenizer_tables {
namespace {

// A set of words: an open-addressing hash table built once on first use
// (lookups happen for most tokens, so no binary search over strings).
class WordSet {
 public:
  template <size_t N>
  explicit WordSet(const std::string_view (&words)[N]) {
    size_t size = 16;
    while (size < 4 * N) size *= 2;
    slots_.resize(size);
    for (std::string_view w : words) {
      size_t i = hash(w) & (size - 1);
      while (!slots_[i].empty() && slots_[i] != w) i = (i + 1) & (size - 1);
      slots_[i] = w;
    }
  }
  bool contains(std::string_view w) const {
    const size_t mask = slots_.size() - 1;
    for (size_t i = hash(w) & mask;; i = (i + 1) & mask) {
      if (slots_[i].empty()) return false;
      if (slots_[i] == w) return true;
    }
  }

 private:
  static uint32_t hash(std::string_view w) {
    uint32_t h = 2166136261u;
    for (unsigned char c : w) h = (h ^ c) * 16777619u;
    return h ^ (h >> 15);
  }
  std::vector<std::string_view> slots_;
};

// Lowercases ASCII into buf; false when the word is too long to be listed.
bool lower_into(std::string_view w, char* buf, size_t cap, std::string_view* out) {
  if (w.size() > cap) return false;
  for (size_t i = 0; i < w.size(); ++i) {
    char c = w[i];
    buf[i] = c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
  }
  *out = std::string_view(buf, w.size());
  return true;
}

// Abbreviations before a name or number: never the end of a sentence.
constexpr std::string_view kTitles[] = {
    "Adm",  "Atty", "Brig",   "Capt",  "Cmdr", "Col",  "Cpl",    "Dr",   "Drs", "Fr",  "Ft",
    "Gen",  "Gov",  "Hon",    "Insp",  "Lt",   "Maj",  "Messrs", "Mr",   "Mrs", "Ms",  "Mt",
    "Mx",   "No",   "Nos",    "Pres",  "Prof", "Pvt",  "Rep",    "Reps", "Rev", "Sen", "Sens",
    "Sgt",  "Sr",   "St",     "Sts",   "Supt", "vs",   "Vs",     "e.g",  "E.g", "i.e", "I.e",
    "cf",   "viz",  "approx", "ca",    "Fig",  "fig",  "Figs",   "Vol",  "vol", "pp",  "Ph",
    "Attn", "attn", "Mssrs",  "Gens",  "Sec",  "Sgts", "Lts",    "P.S",  "Jan", "Feb", "Apr",
    "Jun",  "Jul",  "Aug",    "Sep",   "Sept", "Oct",  "Nov",    "Dec",  "Mon", "Tue", "Tues",
    "Wed",  "Thu",  "Thur",   "Thurs", "Fri",  "Sat"};

// Other abbreviations that take their period (they may end a sentence).
constexpr std::string_view kOthers[] = {
    "Inc",   "Corp", "Co",    "Ltd",  "LTD",  "Bros", "Jr",    "Esq",   "etc",  "ect",   "al",
    "Jan",   "Feb",  "Mar",   "Apr",  "Jun",  "Jul",  "Aug",   "Sep",   "Sept", "Oct",   "Nov",
    "Dec",   "Mon",  "Tue",   "Tues", "Wed",  "Thu",  "Thur",  "Thurs", "Fri",  "Sat",   "Ave",
    "Blvd",  "Rd",   "Hwy",   "Dept", "Univ", "Assn", "Assoc", "Natl",  "Intl", "Gov't", "Ala",
    "Ariz",  "Ark",  "Calif", "Colo", "Conn", "Del",  "Fla",   "Ga",    "Ill",  "Ind",   "Kan",
    "Kans",  "Ky",   "La",    "Md",   "Mass", "Mich", "Minn",  "Miss",  "Mo",   "Mont",  "Neb",
    "Nev",   "Okla", "Ore",   "Pa",   "Penn", "Tenn", "Tex",   "Va",    "Vt",   "Wash",  "Wis",
    "Wyo",   "Que",  "Ont",   "est",  "ext",  "Ext",  "tel",   "Tel",   "Mob",  "Fax",   "lb",
    "lbs",   "oz",   "yrs",   "hrs",  "mins", "sq",   "ft",    "min",   "max",  "misc",  "Misc",
    "Arrv",  "arrv", "Spec",  "Conf", "Para", "Esp",  "Ph.D",  "Mfg",   "Cos",  "PVT",   "Pty",
    "Gov't", "Dist", "Div",   "Ref",  "Rte"};

constexpr std::string_view kHyphenPrefixes[] = {
    "e",     "non",    "anti",  "pre",   "re",      "mid",    "post",  "co",    "pro",   "multi",
    "ex",    "semi",   "sub",   "neo",   "counter", "psycho", "socio", "intra", "micro", "inter",
    "un",    "bi",     "tri",   "over",  "cyber",   "mega",   "ultra", "macro", "mis",   "extra",
    "infra", "pseudo", "quasi", "trans", "hyper",   "mini",   "nano",  "para",  "pan",   "uni"};

constexpr std::string_view kUnits[] = {
    "am",  "pm",   "AM",  "PM",  "m",  "M",   "k",    "K",   "bn", "b",  "mn",  "mm",  "cm",
    "km",  "kg",   "g",   "mg",  "lb", "lbs", "oz",   "ft",  "hz", "Hz", "khz", "kHz", "mhz",
    "MHz", "ghz",  "GHz", "kb",  "KB", "mb",  "MB",   "gb",  "GB", "tb", "TB",  "mph", "kph",
    "hh",  "days", "day", "hrs", "hr", "min", "mins", "yrs", "x",  "ml", "sec", "ish"};

constexpr std::string_view kStarters[] = {"A",
                                          "After",
                                          "All",
                                          "Also",
                                          "An",
                                          "And",
                                          "Any",
                                          "Anyway",
                                          "Are",
                                          "As",
                                          "At",
                                          "Because",
                                          "Before",
                                          "Both",
                                          "But",
                                          "By",
                                          "Can",
                                          "Could",
                                          "Dear",
                                          "Did",
                                          "Do",
                                          "Does",
                                          "Each",
                                          "Even",
                                          "Every",
                                          "Everyone",
                                          "For",
                                          "From",
                                          "Good",
                                          "Great",
                                          "Had",
                                          "Has",
                                          "Have",
                                          "He",
                                          "Hello",
                                          "Her",
                                          "Here",
                                          "Hi",
                                          "His",
                                          "How",
                                          "However",
                                          "I",
                                          "If",
                                          "In",
                                          "Is",
                                          "It",
                                          "Its",
                                          "Just",
                                          "Last",
                                          "Let",
                                          "Many",
                                          "Maybe",
                                          "Meanwhile",
                                          "More",
                                          "Most",
                                          "Mr",
                                          "Mrs",
                                          "Ms",
                                          "My",
                                          "No",
                                          "Not",
                                          "Now",
                                          "OK",
                                          "Oh",
                                          "Ok",
                                          "On",
                                          "One",
                                          "Only",
                                          "Or",
                                          "Our",
                                          "Please",
                                          "She",
                                          "Since",
                                          "So",
                                          "Some",
                                          "Still",
                                          "That",
                                          "The",
                                          "Their",
                                          "Then",
                                          "There",
                                          "These",
                                          "They",
                                          "This",
                                          "Those",
                                          "Thank",
                                          "Thanks",
                                          "To",
                                          "Two",
                                          "Was",
                                          "We",
                                          "Well",
                                          "Were",
                                          "What",
                                          "When",
                                          "Where",
                                          "Which",
                                          "While",
                                          "Who",
                                          "Why",
                                          "Will",
                                          "With",
                                          "Would",
                                          "Yes",
                                          "Yet",
                                          "You",
                                          "Your",
                                          "Sorry",
                                          "Unfortunately",
                                          "Otherwise"};

const WordSet& titles() {
  static const WordSet set(kTitles);
  return set;
}
const WordSet& others() {
  static const WordSet set(kOthers);
  return set;
}
const WordSet& prefixes() {
  static const WordSet set(kHyphenPrefixes);
  return set;
}
const WordSet& units() {
  static const WordSet set(kUnits);
  return set;
}
const WordSet& starters() {
  static const WordSet set(kStarters);
  return set;
}

}  // namespace

bool is_title_abbreviation(std::string_view w) { return titles().contains(w); }

bool is_abbreviation(std::string_view w) {
  if (w.empty() || w.size() > 8) return false;
  return titles().contains(w) || others().contains(w);
}

bool is_hyphen_prefix(std::string_view segment) {
  char buf[16];
  std::string_view lower;
  return lower_into(segment, buf, sizeof buf, &lower) && prefixes().contains(lower);
}

bool is_unit(std::string_view letters) { return units().contains(letters); }

bool is_sentence_starter(std::string_view word) { return starters().contains(word); }

namespace {

struct Fused {
  std::string_view form;
  uint32_t cuts[2];
  int n;
};
constexpr Fused kFused[] = {
    {"cannot", {3, 0}, 1},  {"gonna", {3, 0}, 1},   {"wanna", {3, 0}, 1},    {"gotta", {3, 0}, 1},
    {"dunno", {2, 3}, 2},   {"dont", {2, 0}, 1},    {"didnt", {3, 0}, 1},    {"doesnt", {4, 0}, 1},
    {"isnt", {2, 0}, 1},    {"wasnt", {3, 0}, 1},   {"wont", {2, 0}, 1},     {"cant", {2, 0}, 1},
    {"couldnt", {5, 0}, 1}, {"wouldnt", {5, 0}, 1}, {"shouldnt", {6, 0}, 1}, {"arent", {3, 0}, 1},
    {"werent", {4, 0}, 1},  {"havent", {4, 0}, 1},  {"hasnt", {3, 0}, 1},    {"im", {1, 0}, 1},
    {"ive", {1, 0}, 1},     {"youre", {3, 0}, 1},   {"thats", {4, 0}, 1},    {"lets", {3, 0}, 1},
};

constexpr FusedIndex make_fused_index() {
  FusedIndex index{};
  for (const Fused& f : kFused) {
    const unsigned first = (static_cast<unsigned char>(f.form[0]) | 0x20) & 31;
    index.lengths[first] |= 1u << f.form.size();
    index.last[first] |= 1u << ((static_cast<unsigned char>(f.form.back()) | 0x20) & 31);
  }
  return index;
}

}  // namespace

constexpr FusedIndex kFusedIndex = make_fused_index();

void fused_word_split(std::string_view token, uint32_t* cuts, int* n) {
  *n = 0;
  if (!may_be_fused(token)) return;
  char buf[16];
  std::string_view w;
  if (!lower_into(token, buf, sizeof buf, &w)) return;
  for (const Fused& f : kFused) {
    if (f.form[0] == w[0] && f.form.size() == w.size() && f.form == w) {
      for (int k = 0; k < f.n; ++k) cuts[k] = f.cuts[k];
      *n = f.n;
      return;
    }
  }
}

}  // namespace parley::tokenizer_tables
