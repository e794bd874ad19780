#include "parley/code/parse_repair.h"

#include <algorithm>
#include <cctype>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "parley/code/ud_relations.h"
#include "parley/code/word_set.h"

namespace parley::code {

namespace {

// What a repair reads outside the sentence (Tree::at): no head, no form, no
// tag. (At namespace scope: a function's static would be guarded on every
// read, and the repairs read words in nested loops.)
const Word kNoWord;

// The words of one sentence as a tree with 0-based indices (-1 = root).
// Copy on write: the input words are only copied when a repair changes them,
// so the common case (nothing to repair) costs no copy.
class Tree {
 public:
  explicit Tree(const std::vector<Word>& words) : in_(&words) {
    rel_.reserve(words.size());
    for (const Word& w : words) rel_.push_back(UdV2Relation(w.deprel));
  }

  const std::vector<Word>& words() const { return copied_ ? copy_ : *in_; }
  bool changed() const { return copied_; }
  std::vector<Word> Take() { return std::move(copy_); }

  int size() const { return static_cast<int>(words().size()); }
  // Out of range (a repair looking past either end of the sentence), an
  // empty word: no head, no form, no tag, so no repair fires on it.
  const Word& at(int i) const {
    const std::vector<Word>& w = words();
    return i >= 0 && static_cast<size_t>(i) < w.size() ? w[i] : kNoWord;
  }

  int Parent(int i) const {
    int h = at(i).head;
    return h >= 1 && h <= size() ? h - 1 : -1;
  }
  void Attach(int i, int head, std::string_view rel) {
    if (i < 0 || i >= size()) return;
    std::string r(rel);  // rel may view into the words being changed
    Word& w = Mut()[i];
    w.head = head + 1;
    w.deprel = std::move(r);
    rel_[i] = UdV2Relation(w.deprel);
    kids_valid_ = false;
  }
  void SetTag(int i, std::string_view upos, std::string_view xpos) {
    if (i < 0 || i >= size()) return;
    Word& w = Mut()[i];
    w.upos = std::string(upos);
    w.xpos = std::string(xpos);
  }
  // A verb form retagged as a noun is its own lemma ("sharing", "fighting").
  void SetNounFromVerbForm(int i, std::string_view xpos) {
    if (i < 0 || i >= size()) return;
    SetTag(i, "NOUN", xpos);
    Mut()[i].lemma = Lower(i);
  }
  // UD v1 labels mapped to v2, subtype kept ("nmod:poss", "obl:agent").
  // (Mapped once per word and kept: the repairs ask for relations in nested
  // loops.)
  std::string_view Rel(int i) const {
    return i >= 0 && i < static_cast<int>(rel_.size()) ? rel_[i] : std::string_view();
  }
  std::string_view Base(int i) const { return RelationBase(Rel(i)); }
  bool IsSubject(int i) const { return Base(i) == "nsubj"; }
  const std::string& Upos(int i) const { return at(i).upos; }
  bool Nominal(int i) const { return OneOf(Upos(i), {"NOUN", "PROPN", "PRON", "NUM"}); }
  // Case-insensitive tests of the form and lemma (an empty or "_" lemma is
  // the form), without allocating: they run on every word of every sentence.
  bool FormIs(int i, std::string_view lower) const { return EqualFolded(at(i).form, lower); }
  bool FormIn(int i, std::initializer_list<std::string_view> set) const {
    for (std::string_view x : set)
      if (FormIs(i, x)) return true;
    return false;
  }
  bool LemmaIs(int i, std::string_view lower) const {
    const std::string& l = at(i).lemma;
    return l.empty() || l == "_" ? FormIs(i, lower) : EqualFolded(l, lower);
  }
  bool LemmaIn(int i, std::initializer_list<std::string_view> set) const {
    for (std::string_view x : set)
      if (LemmaIs(i, x)) return true;
    return false;
  }
  std::string Lower(int i) const {
    std::string s = at(i).form;
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
  }
  // A regular past form ("arrested", "freed"), whatever its tag.
  bool EdForm(int i) const {
    const std::string& f = at(i).form;
    return f.size() >= 4 && f.compare(f.size() - 2, 2, "ed") == 0;
  }
  bool Capitalised(int i) const {
    return !at(i).form.empty() && std::isupper(static_cast<unsigned char>(at(i).form[0]));
  }
  std::vector<int> Children(int h) const {
    if (h < 0 || h >= size()) return {};
    IndexChildren();
    return std::vector<int>(kids_.begin() + kid_start_[h], kids_.begin() + kid_start_[h + 1]);
  }
  // A past participle with a direct object is a finite verb misread: a
  // passive participle takes none. Naming verbs ("a place called X", "a
  // chapter titled X") take their name as a complement and are left out.
  // A day or a part of the calendar ("Monday", "today", "last week"): a
  // bare noun phrase of time, not an argument.
  bool TimeWord(int i) const {
    return IsDayName(Lower(i)) ||
           FormIn(i, {"today", "yesterday", "tomorrow", "tonight", "week", "month", "year",
                      "morning", "evening", "night", "afternoon", "weekend"});
  }
  bool ParticipleWithObject(int v) const {
    return at(v).xpos == "VBN" && ChildWithBase(v, "obj") >= 0 &&
           !LemmaIn(v, {"call", "name", "title", "entitle", "head", "dub", "label"});
  }
  int ChildWithBase(int h, std::string_view base) const {
    if (h < 0 || h >= size()) return -1;
    IndexChildren();
    for (int j = kid_start_[h]; j < kid_start_[h + 1]; ++j)
      if (Base(kids_[j]) == base) return kids_[j];
    return -1;
  }
  bool InSubtree(int x, int root) const {
    for (int steps = 0; x >= 0 && steps <= size(); ++steps) {
      if (x == root) return true;
      x = Parent(x);
    }
    return false;
  }
  // Whether every word of [from, to) is in root's subtree: a phrase of root
  // fills them ("with South Sudan" up to the gerund).
  bool Spans(int from, int to, int root) const {
    for (int k = from; k < to; ++k)
      if (!InSubtree(k, root)) return false;
    return true;
  }
  int Root() const {
    for (int i = 0; i < size(); ++i)
      if (words()[i].head == 0) return i;
    return -1;
  }
  // Every word reaches the root (head 0) without a cycle, and heads are in range.
  bool Valid() const {
    for (int i = 0; i < size(); ++i) {
      if (words()[i].head < 0 || words()[i].head > size() || words()[i].head == i + 1) return false;
      int x = i, steps = 0;
      while (words()[x].head != 0) {
        x = words()[x].head - 1;
        if (++steps > size()) return false;
      }
    }
    return true;
  }

 private:
  // The children of every word in word order (kids_[kid_start_[h]] up to
  // kid_start_[h + 1]), built when first asked for after a change: most
  // sentences need no repair, and the repairs ask for children in loops.
  void IndexChildren() const {
    if (kids_valid_) return;
    const int n = size();
    kid_start_.assign(n + 1, 0);
    for (int i = 0; i < n; ++i)
      if (int h = Parent(i); h >= 0) ++kid_start_[h + 1];
    for (int h = 0; h < n; ++h) kid_start_[h + 1] += kid_start_[h];
    kids_.resize(kid_start_[n]);
    fill_.assign(kid_start_.begin(), kid_start_.end() - 1);
    for (int i = 0; i < n; ++i)
      if (int h = Parent(i); h >= 0) kids_[fill_[h]++] = i;
    kids_valid_ = true;
  }

  std::vector<Word>& Mut() {
    if (!copied_) {
      copy_ = *in_;
      copied_ = true;
    }
    return copy_;
  }

  const std::vector<Word>* in_;
  std::vector<Word> copy_;
  bool copied_ = false;
  // Rel(i) of every word; views the words' own deprel (the input's until a
  // word is attached anew, then the copy's) or a string literal.
  std::vector<std::string_view> rel_;
  mutable bool kids_valid_ = false;
  mutable std::vector<int> kid_start_, kids_, fill_;
};

// 1. A punctuation mark has no dependents in UD: its dependents belong to the
//    mark's head (the parser hangs whole clauses on a final "." sometimes).
int RepairPunctuationHeads(Tree& t) {
  int n = 0;
  for (int i = 0; i < t.size(); ++i) {
    int p = t.Parent(i);
    if (p < 0 || t.Upos(p) != "PUNCT" || t.Upos(i) == "PUNCT") continue;
    int h = p;
    for (int steps = 0; h >= 0 && t.Upos(h) == "PUNCT" && steps <= t.size(); ++steps)
      h = t.Parent(h);
    if (h < 0 || h == i || t.InSubtree(h, i)) continue;
    // "accused Phnom(case) Penh of ...", "removed President Dina(compound)
    // Boluarte": a name the parser made a function word or a compound of
    // the mark is the object of the verb before it.
    std::string rel = t.at(i).deprel;
    if (OneOf(t.Upos(i), {"NOUN", "PROPN"}) &&
        OneOf(t.Rel(i), {"case", "mark", "cc", "det", "compound", "flat"}) && t.Upos(h) == "VERB" &&
        h < i && t.ChildWithBase(h, "obj") < 0)
      rel = "obj";
    // ("said he had met(ccomp) Iranian Foreign Minister Abbas(nsubj of the
    // mark) Araghchi": a noun phrase right after a verb without an object
    // is that verb's object)
    if (OneOf(t.Upos(i), {"NOUN", "PROPN"})) {
      int first = i;
      for (int w = 0; w < i; ++w)
        if (t.InSubtree(w, i)) {
          first = w;
          break;
        }
      const int v = first - 1;
      if (v >= 0 && v != h && t.Upos(v) == "VERB" && t.ChildWithBase(v, "obj") < 0 &&
          !t.InSubtree(v, i)) {
        t.Attach(i, v, "obj");
        ++n;
        continue;
      }
    }
    t.Attach(i, h, rel);
    ++n;
  }
  return n;
}

// The relation a noun takes where the parser attached a clause: csubj ->
// nsubj, ccomp / xcomp -> obj, advcl -> obl, acl -> nmod (subtypes of
// csubj kept: csubj:pass -> nsubj:pass); "" for other relations.
std::string_view NominalCounterpart(std::string_view rel) {
  if (rel == "csubj") return "nsubj";
  if (rel == "csubj:pass") return "nsubj:pass";
  if (rel == "ccomp" || rel == "xcomp") return "obj";
  if (rel == "advcl") return "obl";
  if (rel == "acl" || rel == "acl:relcl") return "nmod";
  return {};
}

// 2. "Pyongyang" tagged VERB: a capitalised word the actor dictionary names
//    (and the verb dictionary does not) is a proper noun whatever the tagger
//    said, with the nominal counterpart of a clausal relation. Adjectives stay:
//    "Pakistani", "United" are adjectives in UD.
int RepairActorTags(Tree& t, const dict::Dictionaries& dicts) {
  const std::vector<Word>& words = t.words();
  // Candidates first (cheap): a capitalised verb the verb dictionary does not
  // know, or a capitalised function word inside the sentence (a sentence's
  // first "In" or "However" is no name).
  std::vector<char> candidate(words.size(), 0);
  bool any = false;
  for (int i = 0; i < t.size(); ++i) {
    if (!t.Capitalised(i)) continue;
    // An all-capital acronym read as a pronoun or auxiliary ("WHO", "US",
    // "IS"): the dictionary matches such names only as written.
    const std::string& f = words[i].form;
    const bool acronym =
        (f.size() == 2 || f.size() == 3) &&
        std::all_of(f.begin(), f.end(), [](char c) { return c >= 'A' && c <= 'Z'; }) &&
        OneOf(t.Upos(i), {"PRON", "AUX", "DET"});
    // (or a capitalised pronoun inside the sentence that opens a name: "Vice
    // Premier He Lifeng")
    const bool pronoun_name = i > 0 && t.Upos(i) == "PRON" && i + 1 < t.size() &&
                              t.Upos(i + 1) == "PROPN" && t.Capitalised(i + 1);
    // (and a sentence's first word read as an adverb that opens its clause:
    // "Zelensky(ADV, advmod) called on Western allies")
    const bool opening_adverb = i == 0 && t.Upos(i) == "ADV" && t.Rel(i) == "advmod" &&
                                t.Parent(i) == 1 && t.Upos(1) == "VERB";
    if (!acronym && !pronoun_name && !opening_adverb && t.Upos(i) != "VERB" &&
        !(i > 0 && OneOf(t.Upos(i), {"ADV", "ADP", "AUX"})))
      continue;
    if (!acronym && !dicts.FindVerbs(t.Lower(i)).empty()) continue;
    candidate[i] = 1;
    any = true;
  }
  if (!any) return 0;
  int n = 0;
  for (const dict::ActorMatch& m : dicts.MatchActors(dict::WordSequence(words), 0)) {
    for (uint32_t i = m.begin; i < m.end && i < words.size(); ++i) {
      int k = static_cast<int>(i);
      if (!candidate[k]) continue;
      const bool pronoun = t.Upos(k) == "PRON";
      t.SetTag(k, "PROPN", "NNP");
      // (a pronoun hung on the name it opens heads it: "He(nsubj of Lifeng)
      // Lifeng(obl)" is "He(obl) Lifeng(flat)")
      if (pronoun && t.Parent(k) == k + 1 && t.Upos(k + 1) == "PROPN") {
        t.Attach(k, t.Parent(k + 1), t.Rel(k + 1));
        for (int c : t.Children(k + 1)) t.Attach(c, k, t.at(c).deprel);
        t.Attach(k + 1, k, "flat");
        ++n;
        continue;
      }
      // The tree was built for a verb: a clausal relation becomes its nominal
      // counterpart ("Pyongyang(csubj) on Thursday fired": the subject).
      std::string_view nominal = NominalCounterpart(t.Rel(k));
      if (!nominal.empty() && t.Parent(k) >= 0) t.Attach(k, t.Parent(k), nominal);
      // (the opening adverb was the verb's subject)
      if (k == 0 && t.Rel(k) == "advmod" && t.ChildWithBase(1, "nsubj") < 0 &&
          t.ChildWithBase(1, "nsubj:pass") < 0)
        t.Attach(k, 1, "nsubj");
      // An auxiliary was a modifier of the noun after it ("IS(aux:pass)
      // militants"), or else the subject of its verb ("IS(aux:pass) attacked").
      if (OneOf(t.Base(k), {"aux", "cop"})) {
        const int v = t.Parent(k);
        if (k + 1 < t.size() && t.Nominal(k + 1))
          t.Attach(k, k + 1, "compound");
        else if (v >= 0 && t.ChildWithBase(v, "nsubj") < 0)
          t.Attach(k, v, "nsubj");
      }
      ++n;
    }
  }
  return n;
}

// 3. "Officials are about to restore ties": UD makes "about" the clause head
//    (cop "are", nsubj "officials", xcomp "restore"); parsers often read
//    "about" as a marker and lose the subject of "restore".
int RepairAboutTo(Tree& t) {
  int n = 0;
  for (int a = 1; a + 2 < t.size(); ++a) {
    int b = a - 1, to = a + 1, v = a + 2;
    if (!t.FormIs(a, "about") || !t.FormIs(to, "to") || t.Upos(v) != "VERB") continue;
    if (!t.LemmaIs(b, "be") && !t.FormIn(b, {"is", "are", "was", "were", "'s", "'re", "been"}))
      continue;
    if (t.Parent(v) == a && t.Base(v) == "xcomp") continue;  // already right
    if (b < 1) continue;
    int s = b - 1;
    for (int steps = 0; steps <= t.size(); ++steps) {
      int p = t.Parent(s);
      if (p < 0 || p >= b) break;
      s = p;
    }
    if (!t.Nominal(s)) continue;
    // The clause's attachment: taken from the first of V, about, be, S that
    // hangs outside these words.
    auto in_set = [&](int x) { return x == s || x == b || x == a || x == to || x == v; };
    int head = -2;
    std::string rel;
    for (int x : {v, a, b, s}) {
      int p = t.Parent(x);
      if (!in_set(p)) {
        head = p;
        rel = std::string(p < 0 ? std::string_view("root") : t.Rel(x));
        break;
      }
    }
    if (head == -2) continue;
    if (head >= 0 && OneOf(rel.substr(0, rel.find(':')), {"nsubj", "obj", "iobj", "obl", "nmod"}))
      continue;  // the clause's role is unclear: leave it
    if (head >= 0 && (t.InSubtree(head, s) || t.InSubtree(head, v))) continue;
    std::vector<int> movers;  // dependents of S/be/about right of the verb
    for (int w = v + 1; w < t.size(); ++w) {
      int p = t.Parent(w);
      if (p == s || p == b || p == a) movers.push_back(w);
    }
    t.Attach(a, head, rel);
    t.SetTag(a, "ADJ", "JJ");
    t.Attach(s, a, "nsubj");
    t.Attach(b, a, "cop");
    t.Attach(to, v, "mark");
    t.Attach(v, a, "xcomp");
    for (int w : movers) t.Attach(w, a, t.at(w).deprel);
    ++n;
  }
  return n;
}

bool IsModal(const Tree& t, int i) {
  return t.at(i).xpos == "MD" ||
         (t.Upos(i) == "AUX" && t.LemmaIn(i, {"will", "would", "can", "could", "may", "might",
                                              "shall", "should", "must"}));
}

// 4. A modal governs a verb. "will not wire tap(NOUN) the links": the noun
//    head is a verb. "will abandon(ADV) improved(VBN, root) relations": the
//    word after the modal is the verb (the dictionary knows it as a verb's
//    base form) and the participle modifies the object.
int RepairModalHeads(Tree& t, const dict::Dictionaries* dicts) {
  int n = 0;
  for (int m = 0; m < t.size(); ++m) {
    if (!IsModal(t, m) || t.Base(m) != "aux") continue;
    int h = t.Parent(m);
    if (h <= m) continue;
    if (OneOf(t.Upos(h), {"NOUN", "ADJ"}) && t.ChildWithBase(h, "cop") < 0 &&
        t.ChildWithBase(h, "aux") == m) {
      t.SetTag(h, "VERB", "VB");
      ++n;
      continue;
    }
    if (dicts == nullptr || t.Upos(h) != "VERB" || !OneOf(t.at(h).xpos, {"VBN", "VBD"})) continue;
    int w = m + 1;
    if (w < h && t.FormIn(w, {"not", "n't", "never"})) ++w;
    if (w >= h || t.Parent(w) != h || !OneOf(t.Upos(w), {"ADV", "NOUN", "ADJ"})) continue;
    bool base_form = false;
    for (const dict::Verb* verb : dicts->FindVerbs(t.Lower(w)))
      if (verb->lemma == t.Lower(w)) base_form = true;
    if (!base_form) continue;
    int o = t.ChildWithBase(h, "obj");
    if (o <= h) continue;
    int head = t.Parent(h);
    std::string rel(head < 0 ? std::string_view("root") : t.Rel(h));
    std::vector<int> movers;
    for (int k : t.Children(h))
      if (k != w && k != o) movers.push_back(k);
    t.SetTag(w, "VERB", "VB");
    t.Attach(w, head, rel);
    t.Attach(o, w, "obj");
    t.Attach(h, o, "amod");
    for (int k : movers) t.Attach(k, w, t.at(k).deprel);
    ++n;
  }
  return n;
}

// A nominal obl of v with no preposition that is not a time ("attacked(acl)
// al-Shabaab bases(obl)": an object misread), or -1.
int BareObl(const Tree& t, int v) {
  for (int k : t.Children(v)) {
    if (t.Rel(k) != "obl" || !t.Nominal(k) || t.ChildWithBase(k, "case") >= 0) continue;
    if (t.TimeWord(k)) continue;  // "killed Monday", "arrested last week": not an object
    return k;
  }
  return -1;
}

// "called on Israel(obl) to allow(xcomp)": an infinitive after a phrase of
// the participle is an object-control complement, which a passive
// participle does not take ("the man asked to leave" has none between).
bool ControlsAfterPhrase(const Tree& t, int v) {
  int x = t.ChildWithBase(v, "xcomp");
  if (x < 0 || t.Upos(x) != "VERB" || t.ChildWithBase(x, "mark") < 0) return false;
  for (int k : t.Children(v))
    if (k > v && k < x && OneOf(t.Base(k), {"obj", "obl"}) && t.Nominal(k)) return true;
  return false;
}

// A past participle that is a finite verb misread (repair 5): it has a bare
// obl (BareObl) or an object-control complement, or the verb has no passive.
bool ActiveParticiple(const Tree& t, int v) {
  if (ControlsAfterPhrase(t, v)) return true;
  return t.LemmaIn(
             v, {"clash",     "fight",     "battle",  "march",   "rally",  "riot",   "demonstrate",
                 "protest",   "skirmish",  "mutiny",  "revolt",  "rebel",  "arrive", "die",
                 "apologize", "apologise", "resign",  "retreat", "travel", "speak",  "talk",
                 "respond",   "retaliate", "testify", "meet"}) ||
         BareObl(t, v) >= 0;
}

// "Somali troops, backed by Kenyan forces, attacked ...": a participle of
// the root noun between commas.
bool ParentheticalParticiple(const Tree& t, int v, int root) {
  if (t.Rel(v) != "acl" || t.Parent(v) != root || v == 0 || t.at(v - 1).form != ",") return false;
  int last = v;
  for (int k = v + 1; k < t.size() && t.InSubtree(k, v); ++k) last = k;
  return last + 1 < t.size() && t.at(last + 1).form == ",";
}

// 5. A sentence whose root is a noun with no copula and no subject, where a
//    past-tense verb after it modifies a later noun ("North Korea on Thursday
//    fired(amod) two shells") or follows a noun as a reduced clause with a
//    past-tense form ("Gollum centre of a row called(acl, VBD) on Gondor") or
//    a participle with a direct object ("Georgian demonstrators launched(acl,
//    VBN) missiles at the government"; Tree::ParticipleWithObject), with an
//    object read as a bare obl ("Somali troops attacked(acl) al-Shabaab
//    bases(obl)") or of a verb that has no passive ("Indian and Chinese
//    troops clashed(acl) on the border"; "protesters marched(acl) against
//    the government"): the verb is the main predicate and the root noun its
//    subject. A participle set off by commas is skipped ("Somali troops,
//    backed by Kenyan forces, attacked ...").
//    A "subject" of the root noun after the verb is the verb's object
//    ("Ukrainian air defenses(root) shot(acl, VBN) down most(nsubj of
//    defenses) of the drones").
int RepairNominalRoot(Tree& t) {
  int r = t.Root();
  if (r < 0 || !OneOf(t.Upos(r), {"NOUN", "PROPN"})) return 0;
  const int late_subject = t.ChildWithBase(r, "nsubj");
  if (t.ChildWithBase(r, "cop") >= 0 || (late_subject >= 0 && late_subject < r)) return 0;
  for (int v = r + 1; v < t.size(); ++v) {
    if (t.Upos(v) != "VERB" && t.Upos(v) != "AUX") continue;
    if (t.Upos(v) == "AUX") return 0;
    const std::string_view rel = t.Rel(v);
    const std::string& xpos = t.at(v).xpos;
    if (late_subject >= 0 && (late_subject < v || rel != "acl" || t.Parent(v) != r)) return 0;
    bool amod = rel == "amod" && OneOf(xpos, {"VBD", "VBN"});
    bool acl = rel == "acl" && (xpos == "VBD" || t.ParticipleWithObject(v) ||
                                (xpos == "VBN" && (ActiveParticiple(t, v) || late_subject > v)));
    if (!amod && !acl && ParentheticalParticiple(t, v, r)) continue;
    if (!amod && !acl) return 0;  // the first verb after the root decides
    for (std::string_view base : {"nsubj", "mark", "aux", "cop"})
      if (t.ChildWithBase(v, base) >= 0) return 0;
    int noun = t.Parent(v);
    if (noun < 0 || !t.Nominal(noun)) return 0;
    if (amod &&
        (noun < v || t.ChildWithBase(noun, "case") >= 0 || noun == r || t.Base(noun) == "conj"))
      return 0;               // "Boiled rice and boiled chicken breast": a list, not a clause
    std::vector<int> movers;  // the root's dependents right of the verb
    for (int k : t.Children(r))
      if (k > v && k != noun) movers.push_back(k);
    t.Attach(v, -1, "root");
    t.Attach(r, v, "nsubj");
    if (amod) t.Attach(noun, v, "obj");
    if (int o = BareObl(t, v); acl && o >= 0 && t.ChildWithBase(v, "obj") < 0)
      t.Attach(o, v, "obj");
    for (int k : movers) t.Attach(k, v, t.at(k).deprel);
    if (late_subject > v && t.ChildWithBase(v, "obj") < 0) t.Attach(late_subject, v, "obj");
    return 1;
  }
  return 0;
}

// 6. Two nominal subjects before one verb. With a coordinator before the
//    verb they are a list ("A, the B, C and D welcomed"; "The lions and the
//    evil Gondor welcomed"); with only a comma an apposition; adjacent, the
//    first is a compound of the second ("Deputy Prime Minister Telemar"), or
//    the second a modifier of the first when it has a preposition ("Police in
//    the capital Delhi say").
int RepairDoubleSubjects(Tree& t) {
  int n = 0;
  std::vector<int> subjects(t.size(), 0);  // nominal subjects before each head
  bool any = false;
  for (int k = 0; k < t.size(); ++k) {
    int h = t.Parent(k);
    if (h > k && t.IsSubject(k) && ++subjects[h] > 1) any = true;
  }
  if (!any) return 0;
  for (int h = 0; h < t.size(); ++h) {
    if (subjects[h] < 2) continue;
    std::vector<int> subj;
    for (int k : t.Children(h))
      if (k < h && t.IsSubject(k) && t.Nominal(k) && t.Upos(k) != "PRON") subj.push_back(k);
    if (subj.size() < 2) continue;
    int s1 = subj[0], s2 = subj[1];
    // Between them only the two phrases and commas/coordinators: "The point
    // is, FHS gives" (a copula between) is a different construction.
    // (the second phrase's determiner and modifiers may hang on the verb:
    // "Syria's government and the(det of signed) Kurdish-led(amod of
    // signed) SDF signed": they are the phrase's)
    std::vector<int> strays;
    for (int k = s1 + 1; k < s2; ++k)
      if (t.Parent(k) == h && OneOf(t.Base(k), {"det", "amod", "compound"})) strays.push_back(k);
    bool list_only = true;
    for (int k = s1 + 1; k < s2; ++k) {
      bool stray = false;
      for (int x : strays) stray = stray || t.InSubtree(k, x);
      if (!stray && !t.InSubtree(k, s1) && !t.InSubtree(k, s2) &&
          !OneOf(t.Upos(k), {"PUNCT", "CCONJ", "CONJ"}))
        list_only = false;
    }
    if (!list_only) continue;
    for (int k : strays) t.Attach(k, s2, t.at(k).deprel);
    bool comma = false, coordinator = false;
    for (int k = s1 + 1; k < h; ++k) {
      if (t.Upos(k) == "CCONJ" || t.Upos(k) == "CONJ") coordinator = true;
      if (k < s2 && t.Upos(k) == "PUNCT") comma = true;
    }
    // "Talks(nsubj) between the United States and Iran(nsubj) ended": the
    // second is the other party of the first's "between" phrase.
    int between = -1;
    for (int c : t.Children(s1)) {
      const int prep = t.ChildWithBase(c, "case");
      if (c < s2 && t.Base(c) == "nmod" && prep >= 0 && t.FormIs(prep, "between")) between = c;
    }
    if (coordinator && between >= 0 && t.ChildWithBase(between, "conj") < 0) {
      t.Attach(s2, between, "conj");
      for (int k = between + 1; k < s2; ++k)
        if (t.Parent(k) == h && (t.Upos(k) == "CCONJ" || t.Upos(k) == "CONJ"))
          t.Attach(k, s2, "cc");
      ++n;
      continue;
    }
    if (coordinator) {
      t.Attach(s2, s1, "conj");
      for (int k : t.Children(h))
        if (k > s1 && k < s2 && t.Upos(k) == "PUNCT") t.Attach(k, s2, "punct");
      for (int k : t.Children(h))
        if (k > s1 && k < h && (t.Upos(k) == "CCONJ" || t.Upos(k) == "CONJ")) {
          // the coordinator belongs to the conjunct that follows it
          int next = s2;
          for (int c : t.Children(s1))
            if (t.Base(c) == "conj" && c > k && c < next) next = c;
          if (k < next) t.Attach(k, next, "cc");
        }
      // Flatten: the second subject's conjuncts (and appositions standing in
      // the list before them) are conjuncts of the first.
      int last_conj = -1;
      for (int c : t.Children(s2))
        if (t.Base(c) == "conj") last_conj = c;
      for (int c : t.Children(s2)) {
        if (t.Base(c) == "conj" || (t.Base(c) == "appos" && c < last_conj)) t.Attach(c, s1, "conj");
      }
      for (int c : t.Children(s1))
        if (t.Base(c) == "appos" && c < s2) t.Attach(c, s1, "conj");
      ++n;
    } else if (comma) {
      t.Attach(s2, s1, "appos");
      ++n;
    } else {
      bool adjacent = true;  // nothing between them outside the two phrases
      for (int k = s1 + 1; k < s2; ++k)
        if (!t.InSubtree(k, s1) && !t.InSubtree(k, s2)) adjacent = false;
      if (!adjacent) continue;
      if (t.ChildWithBase(s2, "case") >= 0)
        t.Attach(s2, s1, "nmod");  // "Police in the capital Delhi say"
      else
        t.Attach(s1, s2, "compound");  // "Deputy Prime Minister Telemar left"
      ++n;
    }
  }
  return n;
}

// 7. "Bree(nsubj) Prime Minister Romendacil(nmod)": a run of capitalised
//    words holding a title the agent dictionary knows is headed by the last
//    name, not by the leading country word.
int RepairTitleNames(Tree& t, const dict::Dictionaries& dicts) {
  std::vector<dict::AgentMatch> agents;
  bool computed = false;
  int n = 0;
  for (int x = 0; x + 1 < t.size(); ++x) {
    if (t.Upos(x) != "PROPN") continue;
    for (int y : t.Children(x)) {
      if (y <= x + 1 || t.Upos(y) != "PROPN") continue;
      if (!OneOf(t.Base(y), {"nmod", "flat", "appos"}) || t.Rel(y) == "nmod:poss") continue;
      if (t.ChildWithBase(y, "case") >= 0) continue;
      bool run = true;
      for (int k = x + 1; k <= y; ++k)
        if (!t.Capitalised(k) || !OneOf(t.Upos(k), {"PROPN", "NOUN", "ADJ"})) run = false;
      if (!run) continue;
      if (!computed) {
        agents = dicts.MatchAgents(dict::WordSequence(t.words()));
        computed = true;
      }
      bool title = false;
      for (const dict::AgentMatch& m : agents)
        if (static_cast<int>(m.begin) > x && static_cast<int>(m.end) <= y) title = true;
      if (!title) continue;
      int head = t.Parent(x);
      std::string rel(head < 0 ? std::string_view("root") : t.Rel(x));
      std::vector<int> movers;
      for (int k : t.Children(x))
        if (k != y) movers.push_back(k);
      t.Attach(y, head, rel);
      t.Attach(x, y, "compound");
      for (int k : movers) t.Attach(k, y, t.at(k).deprel);
      ++n;
      break;
    }
  }
  return n;
}

// 8. A bare noun cannot head an adverbial clause: "cordoned off for
//    construction the roads(advcl)" is the verb's object.
int RepairNominalAdvcl(Tree& t) {
  int n = 0;
  for (int i = 0; i < t.size(); ++i) {
    if (t.Base(i) != "advcl" || !OneOf(t.Upos(i), {"NOUN", "PROPN"})) continue;
    int h = t.Parent(i);
    if (h < 0 || h > i || t.Upos(h) != "VERB") continue;
    bool clause = false;
    for (std::string_view base : {"case", "mark", "cop", "nsubj", "aux"})
      if (t.ChildWithBase(i, base) >= 0) clause = true;
    if (clause || t.ChildWithBase(h, "obj") >= 0) continue;
    t.Attach(i, h, "obj");
    ++n;
  }
  return n;
}

// A verb that reports what another clause says ("..., police said").
bool ReportingVerb(const Tree& t, int v) {
  for (std::string_view x : kReportingVerbs)
    if (t.LemmaIs(v, x)) return true;
  return false;
}

// 9. ", a senior official said (on Saturday)." closing a sentence reports the
//    whole sentence: parataxis of the root, not a conjunct or relative clause.
int RepairReportingClause(Tree& t) {
  int r = t.Root();
  if (r < 0) return 0;
  for (int v = r + 1; v < t.size(); ++v) {
    if (t.Upos(v) != "VERB" || !ReportingVerb(t, v)) continue;
    if (!OneOf(t.Rel(v), {"conj", "acl:relcl", "advcl", "acl"})) continue;
    if (t.ChildWithBase(v, "cc") >= 0 || t.ChildWithBase(v, "mark") >= 0) continue;
    int s = t.ChildWithBase(v, "nsubj");
    if (s < 0 || s > v || t.FormIn(s, {"which", "who", "that"})) continue;
    // (the subject's first word, not a comma the parser hung on it)
    int first = s;
    for (int k = 0; k < s; ++k)
      if (t.InSubtree(k, s) && t.Upos(k) != "PUNCT") {
        first = k;
        break;
      }
    if (first == 0 || t.at(first - 1).form != ",") continue;
    bool final_clause = true;
    for (int k = first; k < t.size(); ++k)
      if (!t.InSubtree(k, v) && t.Upos(k) != "PUNCT") final_clause = false;
    if (!final_clause) continue;
    t.Attach(v, r, "parataxis");
    return 1;
  }
  return 0;
}

// 10. "The Philippines was heavily and unjustly criticized": an adverb with a
//     copula and a conjoined participle is the participle's modifier.
int RepairAdverbRoot(Tree& t) {
  int r = t.Root();
  if (r < 0 || t.Upos(r) != "ADV" || t.ChildWithBase(r, "cop") < 0) return 0;
  int v = -1;
  for (int k : t.Children(r))
    if (k > r && t.Base(k) == "conj" && t.Upos(k) == "VERB") v = k;
  // Adjacent adverbs ("heavily and unjustly"), a bare participle: not a
  // second clause with its own auxiliary ("is not there, but will see").
  if (v < 0 || t.ChildWithBase(v, "nsubj") >= 0 || t.ChildWithBase(v, "aux") >= 0) return 0;
  if (t.at(v).xpos != "VBN") return 0;
  for (int k = r + 1; k < v; ++k)
    if (t.Upos(k) == "PUNCT") return 0;
  bool passive = t.at(v).xpos == "VBN";
  std::vector<int> movers;
  for (int k : t.Children(r))
    if (k != v) movers.push_back(k);
  t.Attach(v, -1, "root");
  t.Attach(r, v, "advmod");
  for (int k : movers) {
    std::string_view base = t.Base(k);
    if (base == "cop")
      t.Attach(k, v, passive ? "aux:pass" : "aux");
    else if (base == "nsubj")
      t.Attach(k, v, passive ? "nsubj:pass" : "nsubj");
    else
      t.Attach(k, v, t.at(k).deprel);
  }
  return 1;
}

// 11. "toward Gondor and Arnor(conj)'s Elrond(conj)": a possessive cannot be
//     a conjunct on its own; it modifies the noun that follows it.
int RepairPossessiveConjunct(Tree& t) {
  int n = 0;
  for (int x = 0; x + 2 < t.size(); ++x) {
    if (t.Base(x) != "conj") continue;
    int c = x + 1;
    if (t.Parent(c) != x || t.Base(c) != "case" || !t.FormIn(c, {"'s", "'", "’s", "’"})) continue;
    if (OneOf(t.Upos(c + 1), {"PUNCT", "CCONJ", "CONJ"})) continue;  // "Davio's, and"
    int y = c + 1;  // the possessed noun's head: climb from the next word
    for (int steps = 0; steps <= t.size() && t.Parent(y) > y; ++steps) y = t.Parent(y);
    if (y == x || !t.Nominal(y) || t.Parent(y) != t.Parent(x) || t.InSubtree(y, x)) continue;
    for (int k : t.Children(x))  // "and" goes with the conjunct
      if (k < x && t.Base(k) == "cc") t.Attach(k, y, "cc");
    t.Attach(x, y, "nmod:poss");
    ++n;
  }
  return n;
}

// 12. "called on Gondor to be allowed(advcl) to leave", "urged Bree to
//     help", "ordered the ambassador to leave(acl)": after a verb of asking
//     or ordering, a subjectless to-infinitive is its object-control
//     complement (xcomp), not a purpose clause or a modifier of the object.
//     A subject the parser gave the infinitive between the verb and "to"
//     is the verb's object ("urged the United States(nsubj) to pressure").
int RepairControlComplement(Tree& t) {
  int n = 0;
  for (int i = 0; i < t.size(); ++i) {
    if (!OneOf(t.Base(i), {"advcl", "acl"}) || t.Upos(i) != "VERB") continue;
    int h = t.Parent(i);
    // ("ordered the French ambassador to leave(acl of ambassador)"; not
    // after "allow", whose object may have a relative infinitive: "allow
    // them many people to game with")
    if (t.Base(i) == "acl")
      h = h >= 0 && t.Base(h) == "obj" && !t.LemmaIn(t.Parent(h), {"allow", "permit"}) ? t.Parent(h)
                                                                                       : -1;
    if (h < 0 || h > i || t.Upos(h) != "VERB") continue;
    // ("called(phoned) Bree(nsubj of discuss) to discuss(advcl)": the person
    // called is the call's object; the infinitive stays its purpose)
    if (t.LemmaIn(h, {"call", "phone", "telephone", "ring"}) && t.ChildWithBase(h, "obj") < 0) {
      bool on = false;
      for (int k : t.Children(h))
        if (OneOf(t.Base(k), {"obl", "nmod"}))
          for (int c : t.Children(k))
            on = on || (t.Base(c) == "case" && t.FormIn(c, {"on", "upon", "to", "for"}));
      const int s = t.ChildWithBase(i, "nsubj");
      const int to = t.ChildWithBase(i, "mark");
      if (!on && s > h && to > s && t.FormIs(to, "to") && t.Nominal(s)) {
        t.Attach(s, h, "obj");
        ++n;
        continue;
      }
    }
    // "called on Gondor to", "appealed to X to"; otherwise a verb that takes
    // the person asked as its object ("urged Bree to").
    bool appeal = t.LemmaIn(h, {"call", "appeal"});
    if (!appeal && !t.LemmaIn(h, {"urge", "persuade", "encourage", "invite", "force", "compel",
                                  "allow", "permit", "instruct", "order", "warn", "advise", "ask",
                                  "request", "tell", "beg", "implore"}))
      continue;
    int mark = t.ChildWithBase(i, "mark");
    if (mark < 0 || !t.FormIs(mark, "to")) continue;
    for (int k : t.Children(i))
      if (t.Base(k) == "mark" && !t.FormIs(k, "to")) mark = -1;
    if (mark < 0) continue;
    // ("urged the United States(nsubj of pressure) and France to
    // pressure(advcl) Israel": the person asked, read as the infinitive's
    // subject between the verb and "to", is the verb's object)
    if (const int s = t.ChildWithBase(i, "nsubj"); s >= 0) {
      if (appeal || s < h || s > mark || t.ChildWithBase(h, "obj") >= 0 || !t.Nominal(s)) continue;
      t.Attach(s, h, "obj");
    }
    if (t.ChildWithBase(h, "xcomp") >= 0) continue;
    // The person asked must be there (not "called the manager to complain").
    bool asked = false;
    if (appeal) {
      for (int k : t.Children(h))
        if (OneOf(t.Base(k), {"obl", "nmod"}))
          for (int c : t.Children(k))
            if (t.Base(c) == "case" && t.FormIn(c, {"on", "upon", "to"})) asked = true;
    } else {
      // ("asked the United Nations(iobj) to send")
      const int o =
          t.ChildWithBase(h, "obj") >= 0 ? t.ChildWithBase(h, "obj") : t.ChildWithBase(h, "iobj");
      asked = o >= 0 && o < i;
      // (not what is asked for: "ask questions(obj) to understand(advcl)",
      // "requested permission to leave")
      if (asked && t.LemmaIn(h, {"ask", "request", "beg", "implore"}) &&
          t.LemmaIn(o, {"question", "permission", "help", "favor", "favour", "advice", "support",
                        "assistance", "money", "time", "leave", "clarification"}))
        asked = false;
      if (asked && t.Base(o) == "iobj") t.Attach(o, h, "obj");
    }
    if (!asked) continue;
    t.Attach(i, h, "xcomp");
    ++n;
  }
  return n;
}

// 13. "the new mayor left(NOUN, compound) yesterday(root) for Minas
//     Tirith": a time word cannot head a sentence; the word before it that
//     the verb dictionary knows is the verb, its noun modifier the subject.
int RepairTimeWordRoot(Tree& t, const dict::Dictionaries& dicts) {
  int r = t.Root();
  if (r < 1 || !t.FormIn(r, {"yesterday", "today", "tonight", "tomorrow"})) return 0;
  int v = r - 1;
  if (t.Parent(v) != r || t.Upos(v) != "NOUN" || dicts.FindVerbs(t.Lower(v)).empty()) return 0;
  int subject = -1;
  for (int k : t.Children(v))
    if (k < v && t.Nominal(k)) subject = k;
  if (subject < 0) return 0;
  std::vector<int> movers = t.Children(r);
  for (int k : t.Children(v))  // "Caras Galadhon's new" go with "mayor"
    if (k < subject && OneOf(t.Base(k), {"nmod", "amod", "det", "nummod", "compound"}))
      t.Attach(k, subject, t.at(k).deprel);
  t.SetTag(v, "VERB", "VBD");
  t.Attach(v, -1, "root");
  t.Attach(r, v, "obl:tmod");
  t.Attach(subject, v, "nsubj");
  for (int k : movers)
    if (k != v) t.Attach(k, v, t.Base(k) == "nmod" ? "obl" : t.at(k).deprel);
  return 1;
}

// 14. "restore complete(xcomp), full diplomatic ties(parataxis)": adjectives
//     separated by a comma before a noun modify it; the noun is the object.
int RepairCommaAdjectives(Tree& t) {
  int n = 0;
  for (int a = 1; a + 2 < t.size(); ++a) {
    int v = a - 1;
    if (t.Upos(a) != "ADJ" || t.Parent(a) != v || t.Base(a) != "xcomp") continue;
    if (t.Upos(v) != "VERB" || t.ChildWithBase(v, "obj") >= 0 || t.at(a + 1).form != ",") continue;
    int noun = a + 2;
    while (noun < t.size() && t.Upos(noun) == "ADJ") ++noun;
    if (noun >= t.size() || noun == a + 2 || t.Upos(noun) != "NOUN") continue;
    if (!OneOf(t.Base(noun), {"parataxis", "appos", "dep", "conj"})) continue;
    for (int k = a + 2; k < noun; ++k)
      if (t.Parent(k) != noun) noun = -1;
    if (noun < 0 || t.InSubtree(v, noun)) continue;
    t.Attach(noun, v, "obj");
    t.Attach(a, noun, "amod");
    t.Attach(a + 1, noun, "punct");
    ++n;
  }
  return n;
}

// 15. "launched a new bombing(obj) and shelling(VBG, conj) offensive":
//     a bare gerund coordinated after the object of a finite verb, taking
//     the next noun as its object, is a noun modifier like the first one.
int RepairCoordinatedGerundModifier(Tree& t) {
  int n = 0;
  for (int g = 2; g + 1 < t.size(); ++g) {
    int cc = g - 1, o = g - 2, n2 = g + 1;
    if (t.at(g).xpos != "VBG" || t.Base(g) != "conj" || !OneOf(t.Upos(cc), {"CCONJ", "CONJ"}))
      continue;
    int v = t.Parent(g);
    if (v < 0 || t.Upos(v) != "VERB" || !OneOf(t.at(v).xpos, {"VBD", "VBZ", "VBP"})) continue;
    if (t.Parent(o) != v || t.Base(o) != "obj" || t.Upos(o) != "NOUN") continue;
    if (t.Parent(n2) != g || t.Base(n2) != "obj" || t.Upos(n2) != "NOUN") continue;
    bool bare = true;  // no subject, auxiliary or determiner of its own
    for (int k : t.Children(g))
      if (k < g && k != cc) bare = false;
    for (std::string_view base : {"nsubj", "aux"})
      if (t.ChildWithBase(g, base) >= 0) bare = false;
    for (int k : t.Children(n2))
      if (k < n2) bare = false;
    for (int k : t.Children(o))
      if (k > o) bare = false;
    if (!bare) continue;
    std::vector<int> left = t.Children(o), later;
    for (int k : t.Children(g))
      if (k > n2) later.push_back(k);
    t.Attach(n2, v, "obj");
    t.Attach(o, n2, "compound");
    t.SetTag(g, "NOUN", "NN");
    t.Attach(g, o, "conj");
    t.Attach(cc, g, "cc");
    for (int k : left) t.Attach(k, n2, t.at(k).deprel);
    for (int k : later) t.Attach(k, v, t.at(k).deprel);  // "during the night"
    ++n;
  }
  return n;
}

// 16. "inching nearer to accord(NOUN, obl) with Gondor": "to" + a bare word
//     the verb dictionary knows as a verb's base form, with nothing of a noun
//     phrase (no determiner, modifier or plural) and a complement of its own
//     (a prepositional phrase, a "whether" clause), is an infinitive.
int RepairBareInfinitive(Tree& t, const dict::Dictionaries& dicts) {
  int n = 0;
  for (int w = 1; w < t.size(); ++w) {
    int to = w - 1;
    if (!t.FormIs(to, "to") || t.Parent(to) != w || t.Upos(w) != "NOUN" || t.at(w).xpos != "NN")
      continue;
    int h = t.Parent(w);
    if (h < 0 || h > w || t.Upos(h) != "VERB" || t.Base(w) != "obl") continue;
    // "to accord with Gondor", "to question whether he...", not "pay
    // attention to detail".
    bool bare = true, complement = false;
    for (int k : t.Children(w)) {
      if (k < w && k != to) bare = false;
      if (k > w && t.Base(k) == "nmod" && t.ChildWithBase(k, "case") >= 0) complement = true;
      int mark = t.ChildWithBase(k, "mark");
      if (k > w && OneOf(t.Base(k), {"advcl", "acl", "ccomp"}) && mark >= 0 &&
          t.FormIn(mark, {"whether", "if"}))
        complement = true;
    }
    // "begun to question whether he has": the "whether" clause, hung on the
    // governing verb, is the infinitive's complement.
    int whether_clause = -1;
    for (int k : t.Children(h)) {
      int mark = t.ChildWithBase(k, "mark");
      if (k > w && OneOf(t.Base(k), {"advcl", "ccomp"}) && mark >= 0 &&
          t.FormIn(mark, {"whether", "if"})) {
        whether_clause = k;
        break;
      }
    }
    if (whether_clause >= 0) complement = true;
    if (!bare || !complement) continue;
    bool base_form = false;
    for (const dict::Verb* verb : dicts.FindVerbs(t.Lower(w)))
      if (verb->lemma == t.Lower(w) && verb->before.empty()) base_form = true;
    // A bare noun between "to" and "whether" is a verb whatever the
    // dictionary knows ("to question/decide/ask whether").
    if (!base_form && whether_clause < 0) continue;
    t.SetTag(w, "VERB", "VB");
    t.SetTag(to, "PART", "TO");
    t.Attach(to, w, "mark");
    // "has begun to question": the subject's own complement; after an
    // object ("inching nearer to accord") an adverbial clause.
    t.Attach(w, h, t.ChildWithBase(h, "obj") >= 0 ? "advcl" : "xcomp");
    if (whether_clause >= 0) t.Attach(whether_clause, w, "ccomp");
    for (int k : t.Children(w)) {
      if (k < w) continue;
      if (t.Base(k) == "nmod") t.Attach(k, w, "obl");
      if (OneOf(t.Base(k), {"advcl", "acl"}) && t.ChildWithBase(k, "mark") >= 0)
        t.Attach(k, w, "ccomp");  // "whether he has a future"
    }
    ++n;
  }
  return n;
}

// 17. "KABUL (Reuters) - Russia(appos) said ...": a news dateline (an
//     all-capitals place, perhaps an agency in brackets, then a dash) is not
//     part of the clause. When the parser made the dateline a dependent of
//     the clause and hung the real argument on it, the argument takes the
//     dateline's place and the dateline becomes a plain dep.
int RepairDateline(Tree& t) {
  if (t.size() < 4) return 0;
  const std::string& first = t.at(0).form;
  int letters = 0;
  for (char c : first) {
    if (std::islower(static_cast<unsigned char>(c))) return 0;
    if (std::isupper(static_cast<unsigned char>(c))) ++letters;
  }
  if (letters < 2) return 0;
  int dash = -1;
  for (int i = 1; i < t.size() && i <= 12; ++i) {
    if (t.FormIn(i, {"-", "--", "\xe2\x80\x94", "\xe2\x80\x93"})) {
      dash = i;
      break;
    }
    if (t.Upos(i) == "VERB") return 0;
  }
  if (dash < 0) return 0;
  // (a dash between spaces, not one inside a word: "US B-2 bombers")
  const Word& d = t.at(dash);
  if (d.start > 0 &&
      (t.at(dash - 1).end == d.start || (dash + 1 < t.size() && t.at(dash + 1).start == d.end)))
    return 0;
  auto in_dateline = [&](int i) { return i >= 0 && i < dash; };
  // The dateline's top word, attached to a word after the dash.
  int top = -1;
  for (int i = 0; i < dash; ++i)
    if (!in_dateline(t.Parent(i))) {
      if (top >= 0) return 0;  // not one phrase
      top = i;
    }
  if (top < 0 || t.Parent(top) < 0) return 0;
  // "BEIRUT(compound) - Israel struck": the dateline read as a modifier of
  // the first word after the dash is no part of its phrase.
  // (or of the head of the phrase that opens after it: "KABUL(compound of
  // jets) - Pakistani jets")
  if (const int h = t.Parent(top);
      h > dash && t.Nominal(h) &&
      OneOf(t.Base(top), {"compound", "flat", "amod", "nmod", "appos"})) {
    bool opens = true;
    for (int k = dash + 1; k < h; ++k) opens = opens && t.InSubtree(k, h);
    if (opens) {
      // (the words after the dash the dateline took are the phrase's:
      // "KINSHASA - Congolese(flat of KINSHASA) troops")
      for (int k : t.Children(top))
        if (k > dash) t.Attach(k, h, t.Upos(k) == "ADJ" ? "amod" : "compound");
      const int after = t.Parent(h);
      t.Attach(top, after >= 0 ? after : h, "dep");
      return 1;
    }
  }
  // The one nominal after the dash that hangs on the dateline.
  int arg = -1;
  for (int i = dash + 1; i < t.size(); ++i) {
    if (!in_dateline(t.Parent(i))) continue;
    if (arg >= 0 || !t.Nominal(i)) return 0;
    arg = i;
  }
  if (arg < 0) {
    // "MOSCOW(nsubj) - Russian President Vladimir Putin(nsubj) hosted": a
    // dateline read as a second subject of the verb is none.
    const int verb = t.Parent(top);
    bool other_subject = false;
    for (int k = dash + 1; k < t.size(); ++k)
      other_subject = other_subject || (t.Parent(k) == verb && t.IsSubject(k));
    if (!t.IsSubject(top) || !other_subject) return 0;
    t.Attach(top, verb, "dep");
    return 1;
  }
  const int head = t.Parent(top);
  const std::string rel(t.Rel(top));
  t.Attach(arg, head, rel);
  t.Attach(top, head, "dep");
  return 1;
}

// 18. A subordinating conjunction read as a preposition: "almost five years
//     after crowds(obl) trashed(acl) its embassy", "came as the US
//     leader(obl) prepared(parataxis) to attend". A finite verb (or a
//     participle with an object) right after the phrase's noun, with no
//     subject of its own, is the clause the conjunction opens: the
//     conjunction its mark, the noun its subject, and the clause an adverbial
//     of what the phrase modified. The noun's dependents after the verb go
//     with the verb. In parley's parses of all of EWT the shape occurs
//     twice: "refused ... as his fellow Tajiks(obl) urged(advcl) him"
//     (rightly repaired) and "What became known as the palace coup began",
//     whose clausal subject the parse had lost; it changes no gold tree.
//     The noun may end a name inside the phrase ("hours before U.S.
//     Secretary(obl) of State Marco Rubio(nmod) arrived(conj)").
int RepairSubordinatorAsCase(Tree& t) {
  int n = 0;
  for (int v = 1; v < t.size(); ++v) {
    // The cheap tests first (this runs on every sentence coded): a noun
    // before the verb, and a subordinator among the noun's last few words.
    int noun = v - 1;
    if (t.Upos(v) != "VERB" || !OneOf(t.Upos(noun), {"NOUN", "PROPN"})) continue;
    // (the phrase's head when the word before the verb ends a name inside it:
    // "before U.S. Secretary(obl) of State Marco Rubio(nmod) arrived")
    // (but not past a subordinator of its own: "a protest(obj) with China
    // after a Chinese ship(nmod) entered")
    int c = -1;
    for (int guard = 0; guard < 5; ++guard) {
      for (int k = noun - 1; k >= 0 && k >= noun - 8 && c < 0; --k)
        if (t.Parent(k) == noun &&
            t.FormIn(k, {"after", "before", "since", "until", "till", "as", "once"}))
          c = k;
      if (c >= 0 || guard == 4 || !OneOf(t.Base(noun), {"nmod", "flat", "compound"}) ||
          t.Parent(noun) < 0 || t.Parent(noun) > noun ||
          !OneOf(t.Upos(t.Parent(noun)), {"NOUN", "PROPN"}))
        break;
      noun = t.Parent(noun);
    }
    if (c < 0 || t.Base(c) != "case" || t.Parent(v) < 0 || !OneOf(t.Base(noun), {"obl", "nmod"}))
      continue;
    const std::string& xpos = t.at(v).xpos;
    if (!OneOf(xpos, {"VBD", "VBZ", "VBP"}) && !t.ParticipleWithObject(v)) continue;
    if (t.TimeWord(noun)) continue;  // "until Tuesday officials said"
    bool has_subject = false;
    for (std::string_view base : {"nsubj", "csubj", "expl", "mark"})
      has_subject = has_subject || t.ChildWithBase(v, base) >= 0;
    const int head = t.Parent(noun);
    if (has_subject || head < 0 || t.InSubtree(head, v)) continue;
    for (int k : t.Children(noun))
      if (k > v) t.Attach(k, v, t.at(k).deprel);
    t.Attach(v, head, t.Upos(head) == "VERB" ? "advcl" : "acl");
    t.Attach(noun, v, "nsubj");
    t.Attach(c, v, "mark");
    ++n;
  }
  return n;
}

// 19. "South Korean President Lee Jae-myung proposed(amod, VBN) talks(root)
//     with North Korea": a root noun with a subject, and a past-tense verb
//     modifying it from right after the subject's phrase, with only the
//     noun's determiners, numbers and adjectives between: the verb is the
//     predicate, the noun its object. Without a subject, the compound noun
//     right before the verb is it, when the sentence has no other verb
//     ("Georgian police(compound) arrested(amod) opposition protesters"),
//     and the verb may then be an "-ed" word tagged as an adjective
//     ("Britain unveiled(ADJ) sanctions").
int RepairVerbReadAsAdjective(Tree& t) {
  const int r = t.Root();
  if (r < 0 || !OneOf(t.Upos(r), {"NOUN", "PROPN"}) || t.ChildWithBase(r, "cop") >= 0) return 0;
  int v = -1;
  for (int k = r - 1; k >= 0 && v < 0; --k) {
    if (t.Parent(k) != r) {
      if (!t.InSubtree(k, r)) return 0;  // "Russian President(nmod:desc) Vladimir Putin"
      continue;
    }
    if (t.Rel(k) == "amod" &&
        ((t.Upos(k) == "VERB" && OneOf(t.at(k).xpos, {"VBD", "VBN"})) ||
         (t.Upos(k) == "ADJ" && t.EdForm(k) &&
          !t.FormIn(k, {"armed", "united", "advanced", "limited", "unnamed", "unidentified",
                        "suspected", "masked", "retired", "wounded", "injured", "related", "based",
                        "led", "backed", "concerned", "displaced"}))))
      v = k;
    else if (!OneOf(t.Rel(k), {"det", "nummod", "amod", "compound", "nmod:desc"}))
      return 0;
  }
  if (v <= 0) return 0;
  // The subject is the root's ("Lee(nsubj of talks) proposed(amod) talks")
  // or already the verb's own, its only dependent ("Xi(nsubj of hosted)
  // hosted(amod) ... Putin").
  const std::vector<int> kids = t.Children(v);
  int s = t.ChildWithBase(r, "nsubj");
  if (kids.size() == 1 && t.Base(kids[0]) == "nsubj" && s < 0)
    s = kids[0];
  else if (!kids.empty())
    return 0;
  // (an "-ed" adjective only there: "Britain(compound) unveiled(ADJ)
  // sanctions(root) on Russian oil companies")
  if (s >= 0 && t.Upos(v) == "ADJ") return 0;
  if (s < 0) {
    // "Georgian police(compound) arrested(amod) opposition protesters(root)":
    // the noun right before the verb, when the sentence has no other verb.
    for (int k = 0; k < t.size(); ++k)
      if (k != v && OneOf(t.Upos(k), {"VERB", "AUX"})) return 0;
    s = v - 1;
    if (t.Parent(s) != r || t.Rel(s) != "compound" || !OneOf(t.Upos(s), {"NOUN", "PROPN"}))
      return 0;
  }
  if (s > v) return 0;
  if (!t.Spans(s + 1, v, s)) return 0;  // the subject's phrase reaches the verb
  std::vector<int> movers;              // the root's punctuation and left dependents
  for (int k : t.Children(r))
    if (k != v && k != s && (k < v || t.Upos(k) == "PUNCT")) movers.push_back(k);
  t.Attach(v, -1, "root");
  t.SetTag(v, "VERB", "VBD");
  t.Attach(s, v, "nsubj");
  t.Attach(r, v, "obj");
  for (int k : movers) {
    // A modifier before the subject modifies it ("Chinese(amod) President Xi").
    const bool of_subject = k < s && OneOf(t.Rel(k), {"det", "amod", "compound", "nummod"});
    t.Attach(k, of_subject ? s : v, t.at(k).deprel);
  }
  return 1;
}

// 20. "Russian(obj) President(nmod:desc) Vladimir Putin(nsubj) threatened":
//     an adjective cannot be an object before its verb; when the noun right
//     after it belongs to the verb's subject, the adjective modifies that
//     noun.
int RepairAdjectiveObjectBeforeVerb(Tree& t) {
  int n = 0;
  for (int a = 0; a + 1 < t.size(); ++a) {
    const int v = t.Parent(a);
    if (t.Upos(a) != "ADJ" || t.Base(a) != "obj" || v <= a || !t.Children(a).empty()) continue;
    const int s = t.ChildWithBase(v, "nsubj");
    if (s < 0 || s > v || !OneOf(t.Upos(a + 1), {"NOUN", "PROPN"}) || !t.InSubtree(a + 1, s))
      continue;
    t.Attach(a, a + 1, "amod");
    ++n;
  }
  return n;
}

// 21. "Indian and Pakistani troops(root) exchanged(amod, VBN) artillery
//     fire(nmod)": in a sentence with no other verb, a past verb read as an
//     adjective of a bare noun (no preposition) that hangs from the root
//     noun before it is the predicate: the root its subject, the noun its
//     object.
int RepairVerbReadAsAdjectiveOfObject(Tree& t) {
  const int r = t.Root();
  if (r < 0 || !OneOf(t.Upos(r), {"NOUN", "PROPN"}) || t.ChildWithBase(r, "cop") >= 0 ||
      t.ChildWithBase(r, "nsubj") >= 0)
    return 0;
  int v = -1;
  for (int k = r + 1; k < t.size(); ++k) {
    if (!OneOf(t.Upos(k), {"VERB", "AUX"})) continue;
    if (v >= 0) return 0;  // another verb
    v = k;
  }
  if (v < 0 || t.Rel(v) != "amod" || !OneOf(t.at(v).xpos, {"VBD", "VBN"}) || !t.Children(v).empty())
    return 0;
  for (int k = 0; k < r; ++k)
    if (OneOf(t.Upos(k), {"VERB", "AUX"})) return 0;
  const int n = t.Parent(v);
  if (n <= v || t.Parent(n) != r || !OneOf(t.Upos(n), {"NOUN", "PROPN"}) ||
      t.ChildWithBase(n, "case") >= 0)
    return 0;
  for (int k = r + 1; k < v; ++k)  // the subject's phrase reaches the verb
    if (!t.InSubtree(k, r) || t.InSubtree(k, n)) return 0;
  for (int k = v + 1; k < n; ++k)  // the object's modifiers follow it
    if (t.Parent(k) != n) return 0;
  std::vector<int> movers;  // the root's dependents after the verb, and punctuation
  for (int k : t.Children(r))
    if (k != n && (k > v || t.Upos(k) == "PUNCT")) movers.push_back(k);
  t.Attach(v, -1, "root");
  t.SetTag(v, "VERB", "VBD");
  t.Attach(r, v, "nsubj");
  t.Attach(n, v, "obj");
  for (int k : movers) t.Attach(k, v, t.at(k).deprel);
  return 1;
}

// 22. "Armed men(nsubj) abducted(acl, VBN) dozens of students, police(nsubj)
//     said": a reporting verb with two subjects, the first carrying a
//     past-tense verb (or a participle with an object, or of a verb with no
//     passive) that has no subject, marker or auxiliary of its own: that verb
//     is the clause reported, the root with the first subject, and the
//     reporting verb its parataxis with the second. The second subject
//     follows a comma right after the first subject's phrase.
int RepairClauseUnderReportingSubject(Tree& t) {
  const int h = t.Root();
  if (h < 0 || t.Upos(h) != "VERB" || !ReportingVerb(t, h)) return 0;
  int s1 = -1, s2 = -1;
  for (int k : t.Children(h)) {
    if (k > h || !t.IsSubject(k) || !t.Nominal(k)) continue;
    if (s1 < 0)
      s1 = k;
    else if (s2 < 0)
      s2 = k;
  }
  // "Israeli strikes(ccomp) killed(acl) 25 Palestinians, officials said": a
  // noun read as the reported clause stands where its subject would.
  for (int k : t.Children(h))
    if (s1 >= 0 && k < s1 && t.Rel(k) == "ccomp" && OneOf(t.Upos(k), {"NOUN", "PROPN"})) {
      s2 = s1;
      s1 = k;
      break;
    }
  if (s1 < 0 || s2 < 0) return 0;
  int v = -1;
  for (int k : t.Children(s1))
    if (k > s1 && t.Rel(k) == "acl" && t.Upos(k) == "VERB") v = k;
  if (v < 0) return 0;
  const std::string& xpos = t.at(v).xpos;
  if (!(xpos == "VBD" || t.ParticipleWithObject(v) || (xpos == "VBN" && ActiveParticiple(t, v))))
    return 0;
  for (std::string_view base : {"nsubj", "mark", "aux", "cop"})
    if (t.ChildWithBase(v, base) >= 0) return 0;
  int last = s1;  // the first subject's phrase, its clause included
  while (last + 1 < t.size() && t.InSubtree(last + 1, s1)) ++last;
  if (t.Upos(last) == "PUNCT") --last;  // a comma the parser hung on the phrase
  int first2 = s2;                      // the second subject's phrase, a comma it holds left out
  while (first2 > 0 && t.InSubtree(first2 - 1, s2) && t.Upos(first2 - 1) != "PUNCT") --first2;
  if (last + 2 != first2 || t.at(last + 1).form != ",") return 0;
  t.Attach(v, -1, "root");
  t.Attach(s1, v, "nsubj");
  t.Attach(h, v, "parataxis");
  t.Attach(last + 1, h, "punct");
  return 1;
}

// 23. "..., Reuters reports(NOUN, conj)." closing a sentence: a name and
//     "reports" or "says" read as a noun after a comma, last in the sentence,
//     are a reporting clause: the name its subject, the clause a parataxis
//     of the root.
int RepairReportsNoun(Tree& t) {
  const int r = t.Root();
  int end = t.size() - 1;
  while (end >= 0 && t.Upos(end) == "PUNCT") --end;
  if (r < 0 || end < 2 || end == r || t.Upos(end) != "NOUN" || !t.FormIn(end, {"reports", "says"}))
    return 0;
  const int name = end - 1;
  if (t.Upos(name) != "PROPN" || t.Parent(name) != end || t.at(name - 1).form != ",") return 0;
  for (int k : t.Children(end))
    if (k != name && t.Upos(k) != "PUNCT") return 0;
  t.SetTag(end, "VERB", "VBZ");
  t.Attach(end, r, "parataxis");
  t.Attach(name, end, "nsubj");
  t.Attach(name - 1, end, "punct");
  return 1;
}

// 24. "met with President Bashar Assad(compound) Tuesday(obj)", "an attack
//     on Ukraine's energy infrastructure(compound) overnight(nmod)": a day
//     name or "overnight" cannot head a noun phrase; the noun before it heads
//     the phrase (an obl or nmod when the phrase has a preposition), and the
//     time modifies the nearest verb above (obl:tmod).
int RepairDayHeadingName(Tree& t) {
  int n = 0;
  for (int d = 1; d < t.size(); ++d) {
    if (!IsDayName(t.Lower(d)) && !t.FormIs(d, "overnight")) continue;
    const int name = d - 1;
    const int v = t.Parent(d);
    // "met with President Ahmed al-Sharaa(flat) Tuesday(flat)": a day ending
    // a name it hangs from is the name's verb's time.
    if (v >= 0 && v < d && t.Upos(v) == "PROPN" && t.Upos(d) == "PROPN" &&
        OneOf(t.Base(d), {"flat", "compound", "appos"}) &&
        (d + 1 == t.size() || !t.InSubtree(d + 1, v))) {
      int verb = t.Parent(v);
      while (verb >= 0 && t.Upos(verb) != "VERB" &&
             OneOf(t.Base(verb), {"flat", "compound", "appos"}))
        verb = t.Parent(verb);
      if (verb < 0 || t.Upos(verb) != "VERB") continue;
      for (int k : t.Children(d))
        if (k < d && t.Upos(k) != "PUNCT") t.Attach(k, v, "flat");
      t.Attach(d, verb, "obl:tmod");
      ++n;
      continue;
    }
    if (t.Parent(name) != d || t.Rel(name) != "compound" ||
        !OneOf(t.Upos(name), {"PROPN", "NOUN"}) || v < 0 ||
        !OneOf(t.Base(d), {"obj", "obl", "nsubj", "nmod"}))
      continue;
    int verb = v;
    for (int guard = 0; verb >= 0 && t.Upos(verb) != "VERB" && guard < t.size(); ++guard)
      verb = t.Parent(verb);
    if (verb < 0) continue;
    // The name heads its phrase: the dependents the parser hung on the
    // name's other words ("Syrian", "President", "with" on "Bashar") are
    // the name's.
    bool has_case = false;
    for (int k = 0; k < name; ++k) {
      const int c = t.Parent(k);
      if (c >= 0 && c != name && c != d && t.Rel(c) == "compound" && t.InSubtree(c, d) &&
          !OneOf(t.Base(k), {"compound", "flat"}))
        t.Attach(k, name, t.at(k).deprel);
    }
    for (int k : t.Children(d))
      if (k < name && t.Base(k) == "case") t.Attach(k, name, "case");
    for (int k : t.Children(name))
      if (t.Base(k) == "case") has_case = true;
    std::string rel = has_case ? (t.Upos(v) == "VERB" ? "obl" : "nmod") : std::string(t.Rel(d));
    for (int k : t.Children(d))
      if (k != name) t.Attach(k, name, t.at(k).deprel);
    t.Attach(name, v, rel);
    t.Attach(d, verb, "obl:tmod");
    ++n;
  }
  return n;
}

// 25. "Erdogan(nsubj) hosted Iraqi Prime Minister Mohammed(nsubj) ...": an
//     active verb with a nominal subject before it has no second subject
//     after it; that one is its object (reporting verbs excepted: "..., said
//     the minister"; but not "warned the United States against ...").
int RepairSubjectAfterVerb(Tree& t) {
  // One pass finds the nominal subjects after their heads (rare); only
  // their heads are looked at further.
  int n = 0;
  for (int after = 0; after < t.size(); ++after) {
    const int v = t.Parent(after);
    if (v < 0 || v > after || t.Rel(after) != "nsubj" || !t.Nominal(after) ||
        t.Upos(after) == "PRON" || t.Upos(v) != "VERB")
      continue;
    bool before = false;
    for (int k = 0; k < v && !before; ++k)
      before = t.Parent(k) == v && t.Rel(k) == "nsubj" && t.Nominal(k);
    if (!before || (ReportingVerb(t, v) && !t.LemmaIs(v, "warn")) ||
        t.ChildWithBase(v, "obj") >= 0 || t.ChildWithBase(v, "aux") >= 0 ||
        t.ChildWithBase(v, "cop") >= 0)
      continue;
    t.Attach(after, v, "obj");
    ++n;
  }
  return n;
}

// 26. "Indonesian police(compound) arrested(amod, VBN) dozens(nsubj) of
//     protesters outside parliament(root)": in a sentence with no other
//     verb, a past verb read as an adjective of the root's subject, right
//     after a compound of that noun, is the predicate: the compound (with
//     the modifiers before it) its subject, the noun its object, and the
//     root a phrase of the verb.
int RepairVerbReadAsAdjectiveOfSubject(Tree& t) {
  const int r = t.Root();
  if (r < 0 || !OneOf(t.Upos(r), {"NOUN", "PROPN"})) return 0;
  const int n = t.ChildWithBase(r, "nsubj");
  if (n < 0 || n > r || !OneOf(t.Upos(n), {"NOUN", "PROPN"})) return 0;
  int v = -1;
  for (int k = 0; k < t.size(); ++k) {
    if (!OneOf(t.Upos(k), {"VERB", "AUX"})) continue;
    if (v >= 0) return 0;  // another verb
    v = k;
  }
  if (v < 1 || v > n || t.Parent(v) != n || t.Rel(v) != "amod" ||
      !OneOf(t.at(v).xpos, {"VBD", "VBN"}) || !t.Children(v).empty())
    return 0;
  const int c = v - 1;
  if (t.Parent(c) != n || t.Rel(c) != "compound" || !OneOf(t.Upos(c), {"NOUN", "PROPN"})) return 0;
  for (int k = v + 1; k < n; ++k)  // the object's modifiers follow the verb
    if (t.Parent(k) != n) return 0;
  std::vector<int> subject_mods, movers;
  for (int k : t.Children(n))
    if (k < c) subject_mods.push_back(k);
  for (int k : t.Children(r))
    if (k != n && t.Upos(k) == "PUNCT") movers.push_back(k);
  t.Attach(v, -1, "root");
  t.SetTag(v, "VERB", "VBD");
  t.Attach(c, v, "nsubj");
  for (int k : subject_mods) t.Attach(k, c, t.at(k).deprel);
  t.Attach(n, v, "obj");
  t.Attach(r, v, "obl");
  for (int k : movers) t.Attach(k, v, t.at(k).deprel);
  return 1;
}

// 27. "impeached President Yoon(nsubj) over his decree(obl)": a noun with a
//     preposition has no subject; a nominal "subject" of it between the
//     verb and the preposition is the verb's object (when it has none).
int RepairSubjectOfPrepositionalNoun(Tree& t) {
  int n = 0;
  for (int x = 0; x < t.size(); ++x) {
    const int p = t.Parent(x);
    if (p < 0 || t.Rel(x) != "nsubj" || !t.Nominal(x) || t.Upos(x) == "PRON" || p < x) continue;
    // (an "object" with a preposition is a phrase too: "sentenced
    // Bolsonaro(nsubj) to 27 years(obj)", its preposition maybe on the
    // number: "to(case of 27) 27 years")
    if (!OneOf(t.Upos(p), {"NOUN", "PROPN"}) || t.ChildWithBase(p, "cop") >= 0 ||
        !OneOf(t.Base(p), {"obl", "nmod", "obj"}))
      continue;
    int c = t.ChildWithBase(p, "case");
    const int num = t.ChildWithBase(p, "nummod");
    const bool on_number = c < 0 && num >= 0 && t.ChildWithBase(num, "case") >= 0;
    if (on_number) c = t.ChildWithBase(num, "case");
    if (c < x) continue;  // the preposition after the noun: "over his decree"
    const int v = t.Parent(p);
    if (v < 0 || v > x || t.Upos(v) != "VERB") continue;
    const int obj = t.ChildWithBase(v, "obj");
    if (obj >= 0 && obj != p) continue;
    if (on_number) t.Attach(c, p, "case");
    if (obj == p) t.Attach(p, v, "obl");
    t.Attach(x, v, "obj");
    ++n;
  }
  return n;
}

// 28. "condemned the US(nsubj) strikes(VBZ, obj) on Venezuela", "criticized
//     US(nsubj) strikes(VBZ, ccomp) on boats", "summoned
//     the US(nsubj) charge(VB, xcomp) d'affaires", "backed by US
//     airstrikes(VBZ, nmod)", "rejected the(det of offer) latest US(nsubj)
//     offer(VB, obj)": a verb in a noun's place (an object or a
//     prepositional phrase) whose "subject" right before it has the
//     determiner, or that has a preposition of its own, is a noun with its
//     modifier: "the [US strikes]".
int RepairVerbInNounPlace(Tree& t) {
  int n = 0;
  for (int v = 1; v < t.size(); ++v) {
    if (t.Upos(v) != "VERB" || !OneOf(t.at(v).xpos, {"VBZ", "VBP", "VB"})) continue;
    std::string_view base = t.Base(v);
    // ("criticized US(nsubj) strikes(VBZ, ccomp) on boats": a clause with
    // no "that", auxiliary or object, after a verb of judging, whose verb
    // is a plural noun of acts)
    const int judge = t.Parent(v);
    const bool judged_acts =
        base == "ccomp" && t.at(v).xpos == "VBZ" && judge >= 0 &&
        t.LemmaIn(judge, {"criticize", "criticise", "condemn", "denounce", "slam", "decry",
                          "welcome", "praise", "reject", "protest", "blame"}) &&
        t.FormIn(v, {"strikes", "attacks", "raids", "airstrikes", "sanctions", "threats", "moves",
                     "demands", "claims", "actions"}) &&
        t.ChildWithBase(v, "mark") < 0 && t.ChildWithBase(v, "aux") < 0 &&
        t.ChildWithBase(v, "obj") < 0 && t.Parent(v - 1) == v && t.Rel(v - 1) == "nsubj" &&
        OneOf(t.Upos(v - 1), {"PROPN", "NOUN"});
    // ("called the US(nsubj) strikes(VBZ, xcomp) murder(obj)": the object of
    // a verb of naming, whose name the parser read as the acts' object)
    const int name = t.ChildWithBase(v, "obj");
    const bool named_acts =
        base == "xcomp" && t.at(v).xpos == "VBZ" && judge >= 0 && name > v &&
        t.LemmaIn(judge, {"call", "describe", "label", "brand", "term"}) &&
        t.FormIn(
            v, {"strikes", "attacks", "raids", "airstrikes", "sanctions", "threats", "actions"}) &&
        t.ChildWithBase(v, "mark") < 0 && t.ChildWithBase(v, "aux") < 0 && t.Parent(v - 1) == v &&
        t.Rel(v - 1) == "nsubj" && OneOf(t.Upos(v - 1), {"PROPN", "NOUN"}) &&
        t.ChildWithBase(v - 1, "det") >= 0 && t.FormIs(t.ChildWithBase(v - 1, "det"), "the");
    if (judged_acts || named_acts) {
      t.Attach(v, judge, "obj");
      if (named_acts) t.Attach(name, judge, "xcomp");
      base = "obj";
    }
    const bool noun_place = OneOf(base, {"obj", "obl", "nmod"});
    if (!noun_place && !(base == "xcomp" && t.at(v).xpos == "VB" && t.ChildWithBase(v, "mark") < 0))
      continue;
    const int s = v - 1;
    const int c = t.ChildWithBase(v, "case");
    const bool preposition = noun_place && c >= 0 && c < v && t.Rel(s) == "compound";
    int d = -1;
    if (!preposition) {
      if (t.Parent(s) != v || t.Rel(s) != "nsubj" || !OneOf(t.Upos(s), {"PROPN", "NOUN"})) continue;
      d = t.ChildWithBase(s, "det");
      // "the latest US offer(VB)": the determiner hung on the verb itself.
      if (d < 0) d = t.ChildWithBase(v, "det");
      if (!judged_acts && (d < 0 || d > s || !t.FormIn(d, {"the"}))) continue;
    }
    const bool plural = t.at(v).xpos == "VBZ" || t.at(v).xpos == "VBP";
    t.SetTag(v, "NOUN", plural ? "NNS" : "NN");
    if (base == "xcomp") t.Attach(v, t.Parent(v), "obj");
    if (!preposition) {
      t.Attach(s, v, "compound");
      if (d >= 0) t.Attach(d, v, "det");
    }
    for (int k : t.Children(v))  // "on Venezuela": a noun's modifier
      if (t.Base(k) == "obl") t.Attach(k, v, "nmod");
    ++n;
  }
  return n;
}

// 29. "Sudan's RSF(nsubj) accused(VBD, root) of genocide in Darfur": a
//     headline (no closing punctuation) drops the passive's "is"; a verb
//     that cannot go without an object, with none, is passive there.
int RepairHeadlinePassive(Tree& t) {
  const int r = t.Root();
  if (r < 0 || t.size() < 3 || t.Upos(r) != "VERB" || !OneOf(t.at(r).xpos, {"VBD", "VBN"}))
    return 0;
  if (t.FormIn(t.size() - 1, {".", "!", "?", "\"", "'"})) return 0;
  const int s = t.ChildWithBase(r, "nsubj");
  if (s < 0 || s > r || t.Rel(s) != "nsubj") return 0;
  for (std::string_view base : {"obj", "aux", "ccomp", "xcomp", "cop"})
    if (t.ChildWithBase(r, base) >= 0) return 0;
  if (!t.LemmaIn(r, {"accuse", "charge", "sentence", "jail", "convict", "arrest", "detain",
                     "summon", "sanction", "expel", "abduct", "kidnap", "indict", "impeach"}))
    return 0;
  t.Attach(s, r, "nsubj:pass");
  t.SetTag(r, "VERB", "VBN");
  for (int k : t.Children(r))
    if (t.Rel(k) == "obl" && t.ChildWithBase(k, "case") >= 0 &&
        t.FormIn(t.ChildWithBase(k, "case"), {"by"}))
      t.Attach(k, r, "obl:agent");
  return 1;
}

// 30. "opened the Rafah border crossing(VBG, acl) to allow aid": a
//     "crossing" right after the noun it would modify is the noun naming the
//     place, the head of the phrase; its infinitive is the verb's purpose.
int RepairCrossingNoun(Tree& t) {
  int n = 0;
  for (int c = 1; c < t.size(); ++c) {
    const int noun = c - 1;
    if (!t.FormIn(c, {"crossing", "crossings"}) || t.Upos(c) != "VERB" || t.Parent(c) != noun ||
        t.Base(c) != "acl" || !OneOf(t.Upos(noun), {"NOUN", "PROPN"}) ||
        t.ChildWithBase(c, "obj") >= 0)
      continue;
    const int head = t.Parent(noun);
    const std::string rel(head < 0 ? std::string_view("root") : t.Rel(noun));
    std::vector<int> noun_kids, crossing_kids;
    for (int k : t.Children(noun))
      if (k != c) noun_kids.push_back(k);
    for (int k : t.Children(c)) crossing_kids.push_back(k);
    t.SetTag(c, "NOUN", t.FormIs(c, "crossings") ? "NNS" : "NN");
    t.Attach(c, head, rel);
    t.Attach(noun, c, "compound");
    for (int k : noun_kids) t.Attach(k, c, t.at(k).deprel);
    for (int k : crossing_kids)
      if (t.Base(k) == "xcomp" && head >= 0 && t.Upos(head) == "VERB") t.Attach(k, head, "advcl");
    ++n;
  }
  return n;
}

// 31. "Somali forces backed(acl) by US airstrikes(nmod of forces)": a "by"
//     phrase right after a participle of the same noun is its agent.
int RepairAgentOfParticiple(Tree& t) {
  int n = 0;
  for (int x = 2; x < t.size(); ++x) {
    const int noun = t.Parent(x);
    if (noun < 0 || t.Base(x) != "nmod") continue;
    const int c = t.ChildWithBase(x, "case");
    if (c < 0 || !t.FormIs(c, "by")) continue;
    const int v = c - 1;  // the participle right before the phrase
    if (v < 0 || t.Parent(v) != noun || t.Base(v) != "acl" || t.at(v).xpos != "VBN") continue;
    bool contiguous = true;  // the phrase starts with its preposition
    for (int k = c; k < x; ++k) contiguous = contiguous && t.InSubtree(k, x);
    if (!contiguous) continue;
    t.Attach(x, v, "obl:agent");
    ++n;
  }
  return n;
}

// 32. "said Tehran would not negotiate(VB, ccomp) with Washington and
//     rejected(VBD, conj of negotiate) the offer": a past tense cannot share
//     the modal of an infinitive, so a subjectless past-tense conjunct of a
//     modal clause is the conjunct of the past-tense verb that clause
//     completes ("said ... and rejected").
int RepairPastConjunctOfModalClause(Tree& t) {
  int n = 0;
  for (int c = 1; c < t.size(); ++c) {
    if (t.Upos(c) != "VERB" || t.at(c).xpos != "VBD" || t.Base(c) != "conj" ||
        t.ChildWithBase(c, "nsubj") >= 0)
      continue;
    const int h = t.Parent(c);
    if (h < 0 || t.at(h).xpos != "VB" || t.Base(h) != "ccomp") continue;
    const int aux = t.ChildWithBase(h, "aux");
    if (aux < 0 || t.at(aux).xpos != "MD") continue;
    const int g = t.Parent(h);
    if (g < 0 || g > h || t.Upos(g) != "VERB" || t.at(g).xpos != "VBD") continue;
    t.Attach(c, g, "conj");
    ++n;
  }
  return n;
}

// 33. "Israeli airstrikes(nsubj) on southern Lebanon(obl) killed 12 people":
//     an "on"/"against" phrase right after a subject noun, before its verb,
//     modifies that noun ("the attacks on Kyiv"); a time ("The army on
//     Monday attacked") stays the verb's.
int RepairPhraseAfterSubjectNoun(Tree& t) {
  int n = 0;
  for (int k = 1; k < t.size(); ++k) {
    const int v = t.Parent(k);
    if (t.Base(k) != "obl" || v < k || t.Upos(v) != "VERB" || t.TimeWord(k)) continue;
    const int c = t.ChildWithBase(k, "case");
    if (c < 1 || c > k || !t.FormIn(c, {"on", "against"})) continue;  // (a word before it)
    const int s = c - 1;
    if (t.Parent(s) != v || t.Rel(s) != "nsubj" || t.Upos(s) != "NOUN") continue;
    t.Attach(k, s, "nmod");
    ++n;
  }
  return n;
}

// 34. "clashed with riot police outside(ADJ, amod) parliament": a
//     preposition of place taken for an adjective, right after a noun that
//     the parser made a compound of the next one, opens a phrase: "[riot
//     police] [outside parliament]".
int RepairPlacePrepositionAsAdjective(Tree& t) {
  int n = 0;
  for (int k = 1; k + 1 < t.size(); ++k) {
    if (!t.FormIn(k, {"outside", "inside", "near", "opposite", "behind", "beside"}) ||
        t.Base(k) != "amod" || t.Upos(k) == "ADP")
      continue;
    const int h = t.Parent(k), c = k - 1;
    if (h != k + 1 || t.Parent(c) != h || t.Base(c) != "compound" ||
        !OneOf(t.Upos(c), {"NOUN", "PROPN"}))
      continue;
    const int head = t.Parent(h);
    const std::string rel(head < 0 ? std::string_view("root") : t.Rel(h));
    t.Attach(c, head, rel);
    for (int x : t.Children(h))
      if (x < c) t.Attach(x, c, t.at(x).deprel);
    t.Attach(h, c, "nmod");
    t.Attach(k, h, "case");
    t.SetTag(k, "ADP", "IN");
    ++n;
  }
  return n;
}

// 35. "The Israeli military bombed(amod) Hamas targets(nsubj) in Gaza after
//     militants fired(root) rockets": a main clause cannot open with a
//     subordinator, so the root with "after" (before, when, ...) ahead of it
//     is the subordinate clause, and the past verb read as an adjective of its
//     first subject is the main verb, the words before it its subject.
int RepairSubordinateRoot(Tree& t) {
  const int r = t.Root();
  if (r < 0 || t.Upos(r) != "VERB") return 0;
  int m = -1, s = -1;
  for (int k : t.Children(r)) {
    if (t.Base(k) == "mark" && k < r &&
        t.FormIn(k, {"after", "before", "when", "as", "because", "since", "while", "until"}))
      m = k;
    if (t.Base(k) == "nsubj" && s < 0) s = k;
  }
  if (m < 0 || s < 0 || s > m) return 0;
  int v = -1;
  for (int k : t.Children(s))
    if (k < s && t.Base(k) == "amod" && t.Upos(k) == "VERB" && OneOf(t.at(k).xpos, {"VBN", "VBD"}))
      v = k;
  if (v < 1 || t.Parent(v - 1) != s || !OneOf(t.Upos(v - 1), {"ADJ", "NOUN", "PROPN"})) return 0;
  const int subject = v - 1;
  for (int k : t.Children(s))
    if (k < subject) t.Attach(k, subject, t.at(k).deprel);
  if (t.Upos(subject) == "ADJ") t.SetTag(subject, "NOUN", "NN");
  t.Attach(v, -1, "root");
  t.SetTag(v, "VERB", "VBD");
  t.Attach(subject, v, "nsubj");
  t.Attach(s, v, "obj");
  t.Attach(r, v, "advcl");
  for (int k : t.Children(r))
    if (t.Base(k) == "punct" && k == t.size() - 1) t.Attach(k, v, "punct");
  return 1;
}

bool UnrealisedActNoun(const Tree& t, int i) {
  for (std::string_view x : kUnrealisedActNouns)
    if (t.LemmaIs(i, x)) return true;
  return false;
}

// 36. "rejected Trump's offer(obj) to send(advcl) troops": a to-infinitive
//     right after an object noun of offering or planning completes that
//     noun (acl), not the verb's purpose.
int RepairInfinitiveOfOfferNoun(Tree& t) {
  int n = 0;
  for (int v = 2; v < t.size(); ++v) {
    const int to = v - 1, noun = v - 2;
    if (t.Base(v) != "advcl" || t.Upos(v) != "VERB" || !t.FormIs(to, "to") || t.Parent(to) != v ||
        t.Parent(noun) != t.Parent(v) || t.Base(noun) != "obj" ||
        !(UnrealisedActNoun(t, noun) || t.LemmaIs(noun, "decision")) ||
        t.LemmaIs(noun, "effort"))  // (EWT: "expended every effort(obj) to stop(advcl) it")
      continue;
    t.Attach(v, noun, "acl");
    ++n;
  }
  return n;
}

// 88. "approved a bill(obj) to(case) annex(compound, NN) parts(nmod) of the
//     West Bank": "to" + a bare word the verb dictionary knows as a verb's
//     base form, read as a compound of the noun phrase after it, right after
//     a noun of an act not done, is that noun's infinitive, the phrase its
//     object; after the person a verb of asking asks, the verb's complement
//     ("urged Beijing to(case) exercise(compound) restraint(nmod)").
int RepairInfinitiveReadAsCompound(Tree& t, const dict::Dictionaries& dicts) {
  int n = 0;
  for (int v = 2; v + 1 < t.size(); ++v) {
    const int to = v - 1, object = t.Parent(v);
    const int noun = object < 0 ? -1 : t.Parent(object);
    const std::string& form = t.at(v).form;
    // (or a lower-case word tagged as a name: "urged Beijing to(case)
    // exercise(compound, NNP) restraint(nmod)")
    const bool lower_name =
        t.at(v).xpos == "NNP" && !form.empty() && std::islower(static_cast<unsigned char>(form[0]));
    if (!t.FormIs(to, "to") || t.Base(v) != "compound" || !(t.at(v).xpos == "NN" || lower_name) ||
        object <= v || t.Parent(to) != object || noun < 0 || noun >= to || t.Base(object) != "nmod")
      continue;
    // After a noun of an act not done, right before "to"; or after the
    // person a verb of asking asks ("urged Beijing to exercise restraint").
    const int asking = t.Parent(noun);
    const bool act = noun == to - 1 && UnrealisedActNoun(t, noun);
    const bool asked = t.Base(noun) == "obj" && asking >= 0 && t.Upos(asking) == "VERB" &&
                       t.LemmaIn(asking, {"urge", "ask", "press", "encourage", "invite", "tell",
                                          "order", "instruct", "call"});
    if (!act && !asked) continue;
    bool base_form = false;
    for (const dict::Verb* verb : dicts.FindVerbs(t.Lower(v)))
      if (verb->lemma == t.Lower(v) && verb->before.empty()) base_form = true;
    if (!base_form) continue;
    t.SetTag(v, "VERB", "VB");
    t.SetTag(to, "PART", "TO");
    t.Attach(to, v, "mark");
    if (act)
      t.Attach(v, noun, "acl");
    else
      t.Attach(v, asking, "xcomp");
    const std::string& object_form = t.at(object).form;
    if (t.at(object).xpos == "NNP" && !object_form.empty() &&
        std::islower(static_cast<unsigned char>(object_form[0])))
      t.SetTag(object, "NOUN", "NN");
    t.Attach(object, v, "obj");
    ++n;
  }
  return n;
}

// 37. "executed several Palestinians(nsubj) accused(ccomp) of collaborating":
//     "accused of" (charged, suspected, convicted) right after a noun
//     is that noun's passive participle, and the noun the verb's object.
int RepairAccusedOfAsClause(Tree& t) {
  int n = 0;
  for (int c = 1; c + 1 < t.size(); ++c) {
    const int v = t.Parent(c), s = c - 1;
    if (v < 0 || v > s || t.Base(c) != "ccomp" || t.Upos(v) != "VERB" ||
        !t.LemmaIn(c, {"accuse", "charge", "suspect", "convict"}) || !t.FormIs(c + 1, "of") ||
        t.Parent(s) != c || t.Rel(s) != "nsubj" || !t.Nominal(s) ||
        t.ChildWithBase(v, "obj") >= 0 || t.ChildWithBase(c, "obj") >= 0)
      continue;
    t.Attach(s, v, "obj");
    t.Attach(c, s, "acl");
    t.SetTag(c, "VERB", "VBN");
    ++n;
  }
  return n;
}

// 38. "suspended Madagascar(nsubj) following(xcomp) the coup(obj)": the
//     preposition "following" read as a clause whose subject is the noun
//     right before it; that noun is the verb's object and "following" opens
//     the verb's phrase of time.
int RepairFollowingAsClause(Tree& t) {
  int n = 0;
  for (int c = 1; c + 1 < t.size(); ++c) {
    if (!t.FormIs(c, "following")) continue;
    const int v = t.Parent(c), s = c - 1, o = t.ChildWithBase(c, "obj");
    if (v < 0 || v > s || o < c || !OneOf(t.Base(c), {"xcomp", "advcl", "ccomp"}) ||
        t.Upos(v) != "VERB" || t.Parent(s) != c || t.Rel(s) != "nsubj" || !t.Nominal(s) ||
        t.Upos(s) == "PRON" || t.ChildWithBase(v, "obj") >= 0)
      continue;
    t.Attach(s, v, "obj");
    t.Attach(o, v, "obl");
    t.Attach(c, o, "case");
    ++n;
  }
  return n;
}

// 39. "Venezuelan authorities arrested(acl) three Americans accused(root)
//     of plotting": two subjects of a participle-like verb, the first with a
//     past participle right after it and nothing of its own. That participle
//     is the verb: the first subject its subject, the second its object, and
//     the old verb the object's participle.
int RepairParticipleBeforeSecondSubject(Tree& t) {
  int n = 0;
  for (int h = 2; h < t.size(); ++h) {
    if (t.Upos(h) != "VERB" || !OneOf(t.at(h).xpos, {"VBD", "VBN"}) || !t.EdForm(h) ||
        t.ChildWithBase(h, "obj") >= 0)
      continue;
    std::vector<int> subj;
    for (int k : t.Children(h))
      if (k < h && t.Rel(k) == "nsubj" && t.Nominal(k) && t.Upos(k) != "PRON") subj.push_back(k);
    if (subj.size() != 2) continue;
    const int s1 = subj[0], s2 = subj[1], p = s1 + 1;
    if (p >= s2 || t.Parent(p) != s1 || t.Base(p) != "acl" || t.Upos(p) != "VERB" ||
        !OneOf(t.at(p).xpos, {"VBD", "VBN"}) || !t.EdForm(p) || !t.Children(p).empty())
      continue;
    for (int k = p + 1; k < s2; ++k)  // the second subject's phrase follows the participle
      if (!t.InSubtree(k, s2)) return n;
    std::vector<int> movers;  // the old verb's punctuation and words before it
    for (int k : t.Children(h))
      if (k != s1 && k != s2 && (k < h || t.Upos(k) == "PUNCT")) movers.push_back(k);
    t.Attach(p, t.Parent(h), t.Rel(h));
    t.SetTag(p, "VERB", "VBD");
    t.Attach(s1, p, "nsubj");
    t.Attach(s2, p, "obj");
    t.Attach(h, s2, "acl");
    t.SetTag(h, "VERB", "VBN");
    for (int k : movers) t.Attach(k, p, t.at(k).deprel);
    ++n;
  }
  return n;
}

// 40. "Peru(nmod:poss of removed) 's Congress(nsubj) removed": a possessor
//     hangs on a noun, never a verb; the noun right after it is its owner.
int RepairPossessorOfVerb(Tree& t) {
  int n = 0;
  for (int x = 0; x + 2 < t.size(); ++x) {
    const int v = t.Parent(x), c = x + 1;
    if (v <= x || t.Rel(x) != "nmod:poss" || t.Upos(v) != "VERB" || !t.FormIn(c, {"'s", "'"}) ||
        t.Parent(c) != x)
      continue;
    int owner = c + 1;  // the head of the phrase after "'s"
    while (owner < v && t.Parent(owner) > owner && t.Parent(owner) < v) owner = t.Parent(owner);
    if (owner >= v || t.Parent(owner) != v || !t.IsSubject(owner) || !t.Nominal(owner)) continue;
    t.Attach(x, owner, "nmod:poss");
    ++n;
  }
  return n;
}

// 41. "attacked the town of Mirebalais and freed(amod) hundreds(conj) of
//     inmates": a past form after "and" read as an adjective of a conjunct
//     in the object of a past verb is that verb's conjunct, with the noun
//     as its object; so is a gerund in the object of a gerund ("revoking
//     his visa and imposing(amod) sanctions(conj) on him").
int RepairVerbConjunctReadAsAdjective(Tree& t) {
  int n = 0;
  for (int a = 1; a + 1 < t.size(); ++a) {
    // (the noun after it, or the phrase that noun is a compound of:
    // "suspended intelligence(compound) sharing(conj)", as repair 59 leaves it)
    const int h = t.Parent(a), cc = a - 1;
    if (!(h == a + 1 || (h == a + 2 && t.Parent(a + 1) == h && t.Base(a + 1) == "compound")) ||
        t.Rel(a) != "amod" || !t.Children(a).empty() || !t.FormIs(cc, "and") || t.Parent(cc) != h ||
        t.Base(h) != "conj")
      continue;
    // (a past form after a past verb; a gerund after a gerund: "by
    // revoking(VBG) his visa and imposing(amod) sanctions(conj)")
    const std::string& f = t.at(a).form;
    const bool ing = f.size() >= 5 && f.compare(f.size() - 3, 3, "ing") == 0;
    if (!t.EdForm(a) && !ing) continue;
    const char* tense = ing ? "VBG" : "VBD";
    int v = h;  // the verb whose object holds the coordination
    while (v >= 0 && !(t.Upos(v) == "VERB" && t.at(v).xpos == tense)) v = t.Parent(v);
    if (v < 0 || v > cc) continue;
    const int obj = t.ChildWithBase(v, "obj");
    if (obj < 0 || !t.InSubtree(h, obj) || obj > cc) continue;
    t.Attach(a, v, "conj");
    t.SetTag(a, "VERB", tense);
    t.Attach(cc, a, "cc");
    t.Attach(h, a, "obj");
    ++n;
  }
  return n;
}

// 42. "Indian police arrested(acl) Kashmiri separatists(obj) after a car
//     bomb(obl) exploded(root)": a participle with an object is a verb
//     misread; when the root after it has the participle's subject and a
//     subordinator opens the noun phrase right before the root, that phrase
//     is the subordinate clause's subject and the participle the main verb.
int RepairParticipleBeforeSubordinateRoot(Tree& t) {
  const int r = t.Root();
  if (r < 0 || t.Upos(r) != "VERB" || t.at(r).xpos != "VBD") return 0;
  const int s = t.ChildWithBase(r, "nsubj");
  if (s < 0 || s > r || !t.Nominal(s)) return 0;
  int p = -1;
  for (int k : t.Children(s))
    if (k > s && k < r && t.Base(k) == "acl" && t.ParticipleWithObject(k)) p = k;
  if (p < 0) return 0;
  int a = -1;
  for (int k = p + 1; k < r; ++k)
    if (t.FormIn(k, {"after", "before", "when", "as", "because", "since", "while", "until"})) a = k;
  if (a < 0) return 0;
  const int n = t.Parent(a);
  if (n <= a || n >= r || !t.Nominal(n) || t.Parent(n) != p) return 0;
  if (!t.Spans(a + 1, r, n)) return 0;  // the phrase reaches the root
  t.Attach(p, -1, "root");
  t.SetTag(p, "VERB", "VBD");
  t.Attach(s, p, "nsubj");
  t.Attach(n, r, "nsubj");
  t.Attach(a, r, "mark");
  t.Attach(r, p, "advcl");
  for (int k : t.Children(r))
    if (t.Base(k) == "punct" && k == t.size() - 1) t.Attach(k, p, "punct");
  return 1;
}

// 43. "released prisoners after talks with a US envoy(obl)": a "with"
//     phrase right after a noun of talks in a phrase of time belongs to that
//     noun (who was talked with is no party of the act).
int RepairWithPhraseOfTalks(Tree& t) {
  int n = 0;
  for (int c = 1; c + 1 < t.size(); ++c) {
    const int w = t.Parent(c), noun = c - 1;
    if (w <= c || !t.FormIs(c, "with") || t.Base(c) != "case" || t.Base(w) != "obl" ||
        !t.LemmaIn(noun, {"talk", "talks", "meeting", "negotiation", "negotiations", "consultation",
                          "call", "conversation", "summit"}) ||
        !OneOf(t.Base(noun), {"obl", "nmod"}) || t.InSubtree(noun, w))
      continue;
    bool timed = false;
    for (int k : t.Children(noun))
      timed = timed || (t.Base(k) == "case" &&
                        t.FormIn(k, {"after", "before", "following", "since", "during", "amid"}));
    if (!timed) continue;
    for (int k = noun + 1; k < w; ++k)  // the phrase follows the noun
      if (!t.InSubtree(k, w)) return n;
    t.Attach(w, noun, "nmod");
    ++n;
  }
  return n;
}

// 44. "sentenced Hasina(nsubj) to death(VERB, advcl)": "death" after "to" is
//     a noun, the phrase the verb's, its "subject" the verb's object.
int RepairToDeath(Tree& t) {
  int n = 0;
  for (int d = 1; d < t.size(); ++d) {
    const int v = t.Parent(d);
    if (!t.FormIs(d, "death") || t.Upos(d) != "VERB" || !t.FormIs(d - 1, "to") ||
        t.Parent(d - 1) != d || v < 0 || v > d)
      continue;
    t.SetTag(d, "NOUN", "NN");
    t.Attach(d - 1, d, "case");
    t.Attach(d, v, "obl");
    const int s = t.ChildWithBase(d, "nsubj");
    if (s >= 0 && s > v && t.ChildWithBase(v, "obj") < 0) t.Attach(s, v, "obj");
    ++n;
  }
  return n;
}

// 45. "Israel(root), which has accused Hamas ..., resumed(amod)
//     strikes(conj) in Gaza": a subject with a relative clause closed by a
//     comma, then a past form read as an adjective of a conjunct noun: the
//     past form is the main verb, the root its subject, the noun its object;
//     so is a past verb after the comma hung on the root as a clause
//     ("Morales, who faces a warrant, accused(acl) Paz").
int RepairVerbAfterRelativeClause(Tree& t) {
  const int r = t.Root();
  if (r < 0 || !OneOf(t.Upos(r), {"NOUN", "PROPN"})) return 0;
  int rc = -1;
  for (int k : t.Children(r))
    if (k > r && t.Rel(k) == "acl:relcl") rc = k;
  if (rc < 0) return 0;
  for (int v = rc + 1; v + 1 < t.size(); ++v) {
    const int h = v + 1;
    if (t.Rel(v) != "amod" || t.Parent(v) != h || t.Parent(h) != r || t.Base(h) != "conj" ||
        !t.Children(v).empty() || t.Upos(v - 1) != "PUNCT" || !t.EdForm(v))
      continue;
    std::vector<int> movers;  // the root's dependents after the verb
    for (int k : t.Children(r))
      if (k > h) movers.push_back(k);
    t.Attach(v, -1, "root");
    t.SetTag(v, "VERB", "VBD");
    t.Attach(r, v, "nsubj");
    t.Attach(h, v, "obj");
    for (int k : movers) t.Attach(k, v, t.at(k).deprel);
    // (the noun's own phrases of place and time are the verb's)
    for (int k : t.Children(h))
      if (k > h && t.Base(k) == "nmod") t.Attach(k, v, "obl");
    return 1;
  }
  // (or a past verb hung on the root as a clause: "Morales(root), who faces
  // a warrant, accused(acl) Paz of ...")
  for (int v = rc + 1; v < t.size(); ++v) {
    if (t.Parent(v) != r || !OneOf(t.Base(v), {"acl", "conj", "parataxis"}) ||
        t.Rel(v) == "acl:relcl" || t.Upos(v) != "VERB" ||
        !(t.at(v).xpos == "VBD" ||
          (t.at(v).xpos == "VBN" && t.EdForm(v) &&
           (t.ChildWithBase(v, "obj") >= 0 || t.ChildWithBase(v, "advcl") >= 0 ||
            t.ChildWithBase(v, "ccomp") >= 0))) ||
        t.Upos(v - 1) != "PUNCT" || t.ChildWithBase(v, "nsubj") >= 0)
      continue;
    std::vector<int> movers;  // the root's dependents after the verb
    for (int k : t.Children(r))
      if (k > v) movers.push_back(k);
    t.Attach(v, -1, "root");
    t.SetTag(v, "VERB", "VBD");
    t.Attach(r, v, "nsubj");
    t.Attach(v - 1, r, "punct");
    for (int k : movers) t.Attach(k, v, t.at(k).deprel);
    return 1;
  }
  return 0;
}

// 46. "Egyptian(amod) and Qatari(compound) mediators": two modifiers of
//     one noun joined by "and" are conjuncts.
int RepairCoordinatedModifiers(Tree& t) {
  int n = 0;
  for (int k = 1; k + 2 < t.size(); ++k) {
    const int a = k - 1, x = k + 1, h = t.Parent(x);
    if (!t.FormIs(k, "and") || t.Parent(k) != x || h != k + 2 || t.Parent(a) != h ||
        !OneOf(t.Base(a), {"amod", "compound"}) || !OneOf(t.Base(x), {"amod", "compound"}) ||
        !OneOf(t.Upos(h), {"NOUN", "PROPN"}))
      continue;
    t.Attach(x, a, "conj");
    ++n;
  }
  return n;
}

// 47. "signed a law(compound) imposing(ADJ, amod) sanctions(obj)": an
//     "-ing" form read as an adjective between a document noun (law,
//     decree, order; also one read as an adjective itself) and the
//     phrase's head is the document's participle,
//     the head its object ("computer voting machines" stays a compound).
int RepairParticipleReadAsAdjective(Tree& t) {
  int n = 0;
  for (int a = 1; a + 1 < t.size(); ++a) {
    const std::string& f = t.at(a).form;
    const int h = a + 1, c = a - 1;
    if (f.size() < 6 || f.compare(f.size() - 3, 3, "ing") != 0 || t.Parent(a) != h ||
        !OneOf(t.Base(a), {"amod", "compound"}) || t.Parent(c) != h ||
        !((t.Base(c) == "compound" && t.Upos(c) == "NOUN") ||
          (t.Base(c) == "amod" && t.Upos(c) == "ADJ")) ||
        !IsDocumentNoun(t.Lower(c)) || !OneOf(t.Upos(h), {"NOUN", "PROPN"}) ||
        !OneOf(t.Base(h), {"obj", "nsubj", "obl", "nmod"}) || !t.Children(a).empty())
      continue;
    const int head = t.Parent(h);
    const std::string rel(t.Rel(h));
    for (int k : t.Children(h))
      if (k < c) t.Attach(k, c, t.at(k).deprel);  // "a" goes with "law"
    t.Attach(c, head, rel);
    if (t.Upos(c) == "ADJ") t.SetTag(c, "NOUN", "NN");  // ("a decree(ADJ) imposing(ADJ)")
    t.Attach(a, c, "acl");
    t.SetTag(a, "VERB", "VBG");
    t.Attach(h, a, "obj");
    ++n;
  }
  return n;
}

// 48. "The Syrian army(compound) and SDF(conj) fighters(nsubj)": a noun
//     with its own determiner read as a compound of the next phrase's head,
//     coordinated with that phrase's modifier, is the first conjunct; the
//     head with the modifier the second.
int RepairCoordinatedCompound(Tree& t) {
  int n = 0;
  for (int c = 1; c + 2 < t.size(); ++c) {
    const int h = t.Parent(c);
    if (h <= c || t.Base(c) != "compound" || t.Upos(c) != "NOUN" ||
        !OneOf(t.Upos(h), {"NOUN", "PROPN"}))
      continue;
    const int det = t.ChildWithBase(c, "det");
    const int y = t.ChildWithBase(c, "conj");
    if (det < 0 || det > c || y < 0 || y != h - 1 || !OneOf(t.Upos(y), {"NOUN", "PROPN"})) continue;
    const int head = t.Parent(h);
    const std::string rel(head < 0 ? std::string_view("root") : t.Rel(h));
    t.Attach(c, head, rel);
    t.Attach(h, c, "conj");
    t.Attach(y, h, "compound");
    for (int k : t.Children(y))
      if (t.Base(k) == "cc") t.Attach(k, h, "cc");
    ++n;
  }
  return n;
}

// 49. "designated the Houthis(nsubj of organization) a foreign terrorist
//     organization(obj)": a verb of naming takes an object and what it names
//     it; the object's "subject" is the verb's object, the noun its xcomp.
int RepairNamingSmallClause(Tree& t) {
  int n = 0;
  for (int x = 1; x + 1 < t.size(); ++x) {
    const int p = t.Parent(x);
    if (p <= x || t.Rel(x) != "nsubj" || !t.Nominal(x) || t.Base(p) != "obj" ||
        t.ChildWithBase(p, "cop") >= 0 || t.ChildWithBase(p, "case") >= 0)
      continue;
    const int v = t.Parent(p);
    if (v < 0 || v > x || t.Upos(v) != "VERB" ||
        !t.LemmaIn(v, {"designate", "name", "declare", "label", "brand", "list", "appoint", "elect",
                       "consider"}))
      continue;
    t.Attach(x, v, "obj");
    t.Attach(p, v, "xcomp");
    ++n;
  }
  return n;
}

// Returns -1 (not 0) when the repaired tree would be invalid.
// 50. "protested after a Chinese ship(amod) fired(amod, VBN) water
//     cannon(obl) at its vessel": a subordinate clause read as one noun
//     phrase of a preposition (or as a noun complement: "said a Chinese
//     ship fired water cannon(ccomp)"). A noun with its own determiner and a past
//     verb modifying the phrase's head from before it are the clause's
//     subject and verb, the head its object: the verb is an adverbial
//     clause (its mark the "preposition"), and the head's later phrases
//     are the verb's.
int RepairClauseReadAsNounPhrase(Tree& t) {
  int n = 0;
  for (int f = 1; f < t.size(); ++f) {
    if (t.Upos(f) != "VERB" || t.Base(f) != "amod" || !OneOf(t.at(f).xpos, {"VBD", "VBN"}))
      continue;
    const int h = t.Parent(f);
    if (h <= f || !OneOf(t.Upos(h), {"NOUN", "PROPN"}) ||
        !OneOf(t.Base(h), {"obl", "nmod", "ccomp"}))
      continue;
    // (a noun as a clausal complement needs no preposition: "said a
    // Chinese ship(amod) fired(amod) water cannon(ccomp) at its vessel")
    const bool complement = t.Base(h) == "ccomp";
    int c = -1, subject = -1;
    for (int k : t.Children(h)) {
      if (k < f && t.Base(k) == "case" &&
          t.FormIn(k, {"after", "before", "since", "until", "as", "when", "once"}))
        c = k;
      // (a determiner of its own or a plural: "after Russian drones(compound)
      // entered(amod) Polish airspace(obl)"; not "after the Trump brokered deal")
      if (k < f && OneOf(t.Upos(k), {"NOUN", "PROPN"}) &&
          OneOf(t.Base(k), {"amod", "compound", "nmod"}) &&
          (t.ChildWithBase(k, "det") >= 0 || t.at(k).xpos == "NNS"))
        subject = k;
    }
    const int head = t.Parent(h);
    if ((c < 0 && !complement) || subject < 0 || subject < c || head < 0) continue;
    for (int k : t.Children(h)) {
      if (k > h && t.Base(k) == "nmod") t.Attach(k, f, "obl");
      // ("scrambled jets(nsubj of airspace) after ...": the object before)
      if (k < c && t.Base(k) == "nsubj" && t.Upos(head) == "VERB" &&
          t.ChildWithBase(head, "obj") < 0)
        t.Attach(k, head, "obj");
    }
    t.Attach(f, head, complement ? "ccomp" : t.Upos(head) == "VERB" ? "advcl" : "acl");
    if (c >= 0) t.Attach(c, f, "mark");
    t.Attach(subject, f, "nsubj");
    t.Attach(h, f, "obj");
    ++n;
  }
  return n;
}

// 51. "Guinea(nsubj)-Bissau(nmod:poss)'s junta arrested": a hyphenated
//     name the tokenizer split (the pieces touch the hyphen) and the parser
//     read as two phrases is one: the last piece heads it, the first is its
//     compound.
int RepairSplitHyphenatedName(Tree& t) {
  int n = 0;
  for (int i = 1; i + 1 < t.size(); ++i) {
    const Word& hyphen = t.at(i);
    if (hyphen.form != "-") continue;
    const int a = i - 1, b = i + 1;
    const Word &wa = t.at(a), &wb = t.at(b);
    if (wa.end <= wa.start || wa.end != hyphen.start || hyphen.end != wb.start) continue;
    if (!t.Capitalised(a) || !t.Capitalised(b) || !OneOf(t.Upos(a), {"PROPN", "NOUN"}) ||
        !OneOf(t.Upos(b), {"PROPN", "NOUN"}))
      continue;
    // (one phrase already, whichever way UD heads it, but a preposition
    // belongs to the head: "in(case of Guinea) Guinea(compound)-Bissau")
    if (t.Parent(a) == b) {
      for (int k : t.Children(a))
        if (k < a && t.Base(k) == "case") {
          t.Attach(k, b, t.at(k).deprel);
          ++n;
        }
      continue;
    }
    if (t.Parent(b) == a || t.Parent(a) == t.Parent(b) || t.Base(a) == "conj")
      continue;  // ("East/West-Coast")
    if (t.InSubtree(b, a)) t.Attach(b, t.Parent(a), t.Rel(a));
    for (int k : t.Children(a))
      if (k != b) t.Attach(k, b, t.at(k).deprel);
    t.Attach(a, b, "compound");
    t.Attach(i, b, "punct");
    ++n;
  }
  return n;
}

// 52. "Israel will attack Iran(obj), Netanyahu(conj of Iran) said(root).":
//     the name between a comma and a closing verb of saying with no subject
//     of its own, read into the reported clause, is the verb's subject.
int RepairSubjectOfClosingReport(Tree& t) {
  int n = 0;
  for (int v = 3; v < t.size(); ++v) {
    if (t.Upos(v) != "VERB" || !ReportingVerb(t, v) || t.ChildWithBase(v, "nsubj") >= 0) continue;
    int c = -1;
    for (int k : t.Children(v))
      if (k < v && t.Base(k) == "ccomp") c = k;
    int comma = v - 1;
    while (comma > c && t.at(comma).form != ",") --comma;
    if (c < 0 || comma <= c || comma >= v - 1) continue;
    // (one phrase between the comma and the verb)
    int s = -1, heads = 0;
    for (int k = comma + 1; k < v; ++k)
      if (t.Parent(k) <= comma || t.Parent(k) >= v) {
        s = k;
        ++heads;
      }
    // (or a bare noun phrase: "the Committee(obl:unmarked) ... said")
    const bool bare = t.Base(s) == "obl" && t.ChildWithBase(s, "case") < 0;
    if (heads != 1 || !OneOf(t.Upos(s), {"PROPN", "NOUN"}) ||
        !(OneOf(t.Base(s), {"conj", "appos", "nmod", "obj"}) || bare) || !t.InSubtree(s, c))
      continue;
    t.Attach(s, v, "nsubj");
    t.Attach(comma, v, "punct");
    ++n;
  }
  return n;
}

// 53. "protested in(case of Tel) Tel(compound) Aviv(obj)": a preposition
//     hung on the first word of a name is the name's; the name is then an
//     oblique of the verb (or a nominal modifier of a noun), not its object.
int RepairPrepositionOfCompound(Tree& t) {
  int n = 0;
  for (int c = 1; c + 1 < t.size(); ++c) {
    const int x = c + 1;
    const int head = t.Parent(x);
    if (t.Base(c) != "case" || t.Parent(c) != x || t.Rel(x) != "compound" || head <= x ||
        t.Upos(c) != "ADP" || !OneOf(t.Upos(head), {"PROPN", "NOUN"}) ||
        t.ChildWithBase(head, "case") >= 0 || !OneOf(t.Base(head), {"obj", "nsubj", "iobj"}))
      continue;
    // (a name: capitalised pieces)
    if (std::isupper(static_cast<unsigned char>(t.at(c).form[0])) ||
        !std::isupper(static_cast<unsigned char>(t.at(x).form[0])) ||
        !std::isupper(static_cast<unsigned char>(t.at(head).form[0])))
      continue;
    const int gov = t.Parent(head);
    if (gov < 0) continue;
    t.Attach(c, head, "case");
    t.Attach(head, gov, t.Upos(gov) == "VERB" ? "obl" : "nmod");
    ++n;
  }
  return n;
}

// Repair 54: "The Democratic Republic(compound) of Congo and M23(conj of
// Congo) rebels(nsubj) signed": a name ending in an "of" phrase, made a
// compound of a plural noun after it, with the noun's own compound hung on
// the "of" phrase as its conjunct. The name heads the phrase, the plural
// noun is its conjunct and the word before it that noun's compound. (EWT's
// gold trees have the shape once, with a singular noun: "our Annual Walk
// Against Drugs and Alcohol event".)
int RepairNameConjunctAsCompound(Tree& t) {
  int n = 0;
  for (int c = 0; c < t.size(); ++c) {
    const int noun = t.Parent(c);
    if (noun <= c || t.Upos(c) != "PROPN" || t.at(noun).xpos != "NNS" || t.Upos(noun) != "NOUN" ||
        t.Rel(c) != "compound" || t.Parent(noun) < 0)
      continue;
    const int k = noun - 1;  // the conjunct: the word just before the noun
    const int of = t.Parent(k);
    if (k <= c || t.Rel(k) != "conj" || of < 0 || t.Parent(of) != c || t.Base(of) != "nmod" ||
        !t.Nominal(k))
      continue;
    const int of_case = t.ChildWithBase(of, "case");
    const int cc = t.ChildWithBase(k, "cc");
    if (of_case < 0 || !t.FormIs(of_case, "of") || cc < 0 || cc > k) continue;
    t.Attach(c, t.Parent(noun), t.Rel(noun));
    t.Attach(noun, c, "conj");
    t.Attach(k, noun, "compound");
    t.Attach(cc, noun, "cc");
    ++n;
  }
  return n;
}

// Repair 55: "delivered aid to(mark) famine(acl)-hit(conj) areas(obj of
// hit)": after "to", a hyphenated noun + participle ("famine-hit",
// "war-torn", "rebel-held") read as an infinitive. The participle modifies
// the noun after it, "to" is that noun's preposition, and the phrase an
// oblique of the nearest verb "to" hangs below.
int RepairHyphenatedParticipleAfterTo(Tree& t) {
  int n = 0;
  for (int to = 0; to + 4 < t.size(); ++to) {
    const int first = to + 1, hyphen = to + 2, part = to + 3, noun = to + 4;
    if (!t.FormIs(to, "to") || t.at(hyphen).form != "-" || t.Parent(to) == noun ||
        !OneOf(t.Upos(noun), {"NOUN", "PROPN"}) || !OneOf(t.Upos(first), {"NOUN", "VERB"}) ||
        !(t.Upos(part) == "VERB" || t.at(part).xpos == "VBN"))
      continue;
    // (one written word: no spaces around the hyphen)
    const Word& a = t.at(first);
    const Word& h = t.at(hyphen);
    const Word& b = t.at(part);
    if (a.end != h.start || h.end != b.start) continue;
    // The nearest verb before "to" that governs it.
    int gov = t.Parent(to);
    while (gov >= 0 && !(gov < to && t.Upos(gov) == "VERB")) gov = t.Parent(gov);
    if (gov < 0) continue;
    // Nothing else hangs on the two pieces, and the verb is outside them.
    bool other = false;
    for (int j = 0; j < t.size(); ++j)
      if ((t.Parent(j) == first || t.Parent(j) == part) && j != to && j != hyphen && j != noun)
        other = true;
    if (other || t.InSubtree(gov, first) || t.InSubtree(gov, part) || t.InSubtree(gov, noun))
      continue;
    t.Attach(noun, gov, "obl");
    t.Attach(to, noun, "case");
    t.Attach(part, noun, "amod");
    t.Attach(first, part, "compound");
    t.Attach(hyphen, first, "punct");
    if (t.Upos(first) == "VERB") t.SetTag(first, "NOUN", "NN");
    ++n;
  }
  return n;
}

// Repair 56: "fired tear gas at protesters(obl) demanding(advcl of fired)
// the resignation": a gerund right after a plural noun of people that is
// the same verb's object or oblique describes those people (acl); a clause
// of the verb would follow a comma or have its own subject. (EWT's gold
// trees have an advcl there 9 times, never after a noun of people: "spent
// hours enjoying", "negotiations demanding".)
int RepairGerundOfPeopleNoun(Tree& t) {
  int n = 0;
  for (int v = 1; v < t.size(); ++v) {
    const int noun = v - 1;
    const int gov = t.Parent(v);
    if (t.at(v).xpos != "VBG" || t.Base(v) != "advcl" || gov < 0 || t.Parent(noun) != gov ||
        t.at(noun).xpos != "NNS" || !OneOf(t.Base(noun), {"obj", "obl"}) ||
        t.ChildWithBase(v, "nsubj") >= 0 || t.ChildWithBase(v, "mark") >= 0 ||
        !t.LemmaIn(noun,
                   {"protester",  "demonstrator", "student",    "worker",    "civilian", "crowd",
                    "resident",   "supporter",    "activist",   "villager",  "refugee",  "migrant",
                    "journalist", "fighter",      "militant",   "rebel",     "soldier",  "youth",
                    "farmer",     "opponent",     "worshipper", "passenger", "prisoner"}))
      continue;
    t.Attach(v, noun, "acl");
    ++n;
  }
  return n;
}

// Repair 57: "the group, which(obj of says) Kinshasa says is backed(ccomp)
// by Rwanda": a relative pronoun made the object of a verb of saying whose
// complement clause has no subject is that clause's subject (UD attaches it
// there: "which he says is").
int RepairRelativeSubjectOfSaidClause(Tree& t) {
  int n = 0;
  for (int rel = 0; rel < t.size(); ++rel) {
    const int say = t.Parent(rel);
    if (say < 0 || rel > say || !t.FormIn(rel, {"which", "who", "that"}) || t.Base(rel) != "obj" ||
        !t.LemmaIn(say, {"say", "claim", "believe", "think", "allege", "report", "suspect"}) ||
        !t.Rel(say).starts_with("acl"))
      continue;
    const int clause = t.ChildWithBase(say, "ccomp");
    if (clause < 0 || t.ChildWithBase(clause, "nsubj") >= 0 || t.ChildWithBase(clause, "mark") >= 0)
      continue;
    bool passive = false;
    for (int k : t.Children(clause)) passive = passive || t.Rel(k) == "aux:pass";
    t.Attach(rel, clause, passive ? "nsubj:pass" : "nsubj");
    ++n;
  }
  return n;
}

// Repair 58: "demanded Iran free(ADJ) the detained Americans(obj)": an
// adjective with a direct object is a verb (in EWT's gold trees only
// "worth" and "aged" take one).
int RepairAdjectiveWithObject(Tree& t) {
  int n = 0;
  for (int a = 0; a < t.size(); ++a) {
    if (t.Upos(a) != "ADJ" || t.ChildWithBase(a, "obj") < 0 ||
        t.LemmaIn(a, {"worth", "aged", "like", "unlike", "near", "due"}))
      continue;
    t.SetTag(a, "VERB", "VB");
    ++n;
  }
  return n;
}

// Repair 59: "suspended intelligence(obj) sharing(acl, VBG) with the United
// States": a noun + gerund of a known activity ("intelligence sharing",
// "drug trafficking", "money laundering") is one noun phrase headed by the
// gerund, when the gerund has no object of its own (EWT's gold acl gerunds
// after a noun all have one: "walls keeping water out").
int RepairGerundCompoundNoun(Tree& t) {
  int n = 0;
  for (int v = 1; v < t.size(); ++v) {
    const int noun = v - 1;
    if (t.at(v).xpos != "VBG" || t.Rel(v) != "acl" || t.Parent(v) != noun ||
        t.Upos(noun) != "NOUN" || t.ChildWithBase(v, "obj") >= 0 || t.Parent(noun) < 0 ||
        !t.FormIn(v, {"sharing", "trafficking", "smuggling", "laundering", "profiteering"}))
      continue;
    t.Attach(v, t.Parent(noun), t.Rel(noun));
    t.SetNounFromVerbForm(v, "NN");
    for (int k : t.Children(noun))
      if (k < noun || t.Base(k) == "nmod") t.Attach(k, v, t.Rel(k));
    for (int k : t.Children(v))
      if (t.Base(k) == "obl") t.Attach(k, v, "nmod");
    t.Attach(noun, v, "compound");
    ++n;
  }
  return n;
}

// Repair 60: "a truce proposal(NOUN) put forward by the United States(obl:
// agent), Saudi Arabia(conj of proposal), Egypt and the UAE": names listed
// after a name that ends a phrase inside a common noun's phrase, hung on
// that noun, are the last name's conjuncts.
int RepairNamesListedAfterInnerName(Tree& t) {
  // (a name, or an acronym the tagger took for a noun: "the UAE")
  auto is_name = [&](int k) {
    if (t.Upos(k) == "PROPN") return true;
    const std::string& f = t.at(k).form;
    return f.size() >= 2 && std::all_of(f.begin(), f.end(), [](char c) {
             return std::isupper(static_cast<unsigned char>(c)) != 0;
           });
  };
  // The conjuncts after each common noun, in one pass over the words.
  std::vector<std::pair<int, int>> noun_conj;  // (noun, conjunct), by conjunct
  for (int k = 0; k < t.size(); ++k) {
    const int h = t.Parent(k);
    if (h >= 0 && h < k && t.Upos(h) == "NOUN" && t.Rel(k) == "conj") noun_conj.push_back({h, k});
  }
  std::stable_sort(noun_conj.begin(), noun_conj.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  int n = 0;
  for (size_t i = 0; i < noun_conj.size();) {
    const int h = noun_conj[i].first;
    std::vector<int> conjuncts;
    for (; i < noun_conj.size() && noun_conj[i].first == h; ++i)
      conjuncts.push_back(noun_conj[i].second);
    // The word before the first conjunct (and its modifiers), comma, "and"
    // or "the": the end of the inner name (not a parenthesis: "Spring
    // (February to April) and Autumn").
    const int first = conjuncts.front();
    int end = first - 1;
    while (end > h && (t.FormIn(end, {",", "and", "or", "the"}) || t.Parent(end) == first)) --end;
    int name = end;
    while (name > h && t.Parent(name) > name && t.Parent(name) <= end) name = t.Parent(name);
    if (name <= h || t.Upos(name) != "PROPN" || t.Parent(name) == h ||
        !OneOf(t.Base(name), {"obl", "nmod"}) || !t.InSubtree(name, h))
      continue;
    // (names, each without a preposition of its own: "in Baghdad and in
    // Samarra" are phrases)
    bool all_names = true;
    for (int k : conjuncts) all_names = all_names && is_name(k) && t.ChildWithBase(k, "case") < 0;
    if (!all_names) continue;
    for (int k : conjuncts) t.Attach(k, name, "conj");
    ++n;
  }
  return n;
}

// Repair 61: "Israeli officials, who met(ccomp of said) Egyptian mediators
// in Cairo, said": a clause whose subject is "who" right after a noun and a
// comma is a relative clause of that noun ("which" after a comma is often a
// sentence's: "..., which means"; but not when the noun is the subject of
// the verb the clause hangs on, after it: "Qatar, which is mediating(advcl)
// talks, said").
int RepairRelativeClauseAfterComma(Tree& t) {
  int n = 0;
  for (int rel = 2; rel < t.size(); ++rel) {
    const int clause = t.Parent(rel);
    const int noun = rel - 2;
    const bool which_of_subject = t.FormIs(rel, "which") && clause > rel &&
                                  t.Parent(noun) == t.Parent(clause) && t.Parent(noun) > clause &&
                                  t.Base(noun) == "nsubj";
    if (!(t.FormIs(rel, "who") || which_of_subject) || t.Base(rel) != "nsubj" || clause <= rel ||
        t.at(rel - 1).form != "," || !OneOf(t.Upos(noun), {"NOUN", "PROPN"}) ||
        t.Rel(clause).starts_with("acl") || t.InSubtree(noun, clause))
      continue;
    t.Attach(clause, noun, "acl:relcl");
    ++n;
  }
  return n;
}

// Repair 62: "Clashes(VERB, root) between Druze fighters and Bedouin
// tribes(nsubj of left) left(conj) hundreds dead": a sentence opening with
// a plural noun or gerund of fighting or talking, read as a verb with a
// "between" phrase whose second party the parser made the subject of the
// real verb. The noun is that verb's subject, the parties its conjuncts.
int RepairBetweenPhraseSubject(Tree& t) {
  const int r = 0;
  if (t.size() < 6 || t.Upos(r) != "VERB" || !t.Capitalised(r) ||
      !t.LemmaIn(r, {"clash", "fight", "talk", "skirmish", "battle", "negotiation", "fighting"}))
    return 0;
  // (or the gerund read as the real verb's adverbial clause: "Fighting(advcl)
  // between the army and the RSF(nsubj) killed(root) 20 people")
  const bool root = t.Parent(r) < 0;
  int first = -1, clause = root || t.Base(r) != "advcl" ? -1 : t.Parent(r);
  for (int k : t.Children(r)) {
    const int c = t.ChildWithBase(k, "case");
    if (t.Base(k) == "obl" && c >= 0 && t.FormIs(c, "between")) first = k;
    if (root && t.Rel(k) == "conj" && t.Upos(k) == "VERB") clause = k;
  }
  if (first < 0 || clause < 0 || clause < first || t.Upos(clause) != "VERB") return 0;
  const int second = t.ChildWithBase(clause, "nsubj");
  const int cc = t.ChildWithBase(clause, "cc");
  if (second < 0 || cc < 0 || !(first < cc && cc < second && second < clause)) return 0;
  if (root) {
    t.Attach(clause, -1, "root");
    for (int k : t.Children(r))
      if (t.Base(k) == "punct" && k > clause) t.Attach(k, clause, "punct");
  }
  t.Attach(r, clause, "nsubj");
  if (t.at(r).form.back() == 's')
    t.SetTag(r, "NOUN", "NNS");  // (its lemma stays: "clashes" -> "clash")
  else
    t.SetNounFromVerbForm(r, "NN");
  t.Attach(first, r, "nmod");
  t.Attach(second, first, "conj");
  t.Attach(cc, second, "cc");
  return 1;
}

// Repair 63: "A Russian drone attack(nsubj) on(mark) Kyiv(nsubj)
// killed": a preposition the parser made a subordinator of the verb, with a
// nominal subject on each side of it (no subordinate clause has two
// subjects): the noun after it is a phrase of the subject before it.
int RepairPrepositionAsSubordinator(Tree& t) {
  int n = 0;
  for (int prep = 1; prep + 1 < t.size(); ++prep) {
    const int v = t.Parent(prep);
    // (prepositions of place and target only: "after", "as" and "since"
    // open clauses, and a "by" phrase may be a participle's agent: "arms -
    // sold by US firms - are being passed")
    if (t.Upos(prep) != "ADP" || t.Rel(prep) != "mark" || v <= prep + 1 ||
        !t.FormIn(prep, {"on", "against", "in", "at", "near", "into", "across", "inside", "outside",
                         "along"}) ||
        !OneOf(t.Upos(prep + 1), {"PROPN", "NOUN"}))
      continue;
    int before = -1, after = -1;
    for (int k : t.Children(v)) {
      if (t.Rel(k) != "nsubj" || !t.Nominal(k)) continue;
      if (k < prep) before = k;
      if (k > prep && k < v && t.InSubtree(prep + 1, k)) after = k;
    }
    if (before < 0 || after < 0 || t.Upos(before) != "NOUN") continue;
    t.Attach(after, before, "nmod");
    t.Attach(prep, after, "case");
    ++n;
  }
  return n;
}

// Repair 64: "US(obl:unmarked) B-2 bombers(nsubj) struck Iran's Fordow
// plant": a proper noun the parser hung from the verb as a bare noun phrase
// (a time or measure), with only its own words and the subject's phrase
// between it and the subject, modifies the subject.
int RepairBareNameBeforeSubject(Tree& t) {
  int n = 0;
  for (int x = 0; x + 1 < t.size(); ++x) {
    const int v = t.Parent(x);
    if (v <= x || t.Upos(x) != "PROPN" ||
        !OneOf(t.Rel(x), {"obl:unmarked", "obl:npmod", "nmod:npmod"}) || IsDayName(t.Lower(x)) ||
        IsMonthName(t.Lower(x)))
      continue;
    const int s = t.ChildWithBase(v, "nsubj");
    if (s <= x || s >= v || !OneOf(t.Upos(s), {"NOUN", "PROPN"})) continue;
    // (the hyphen of "B-2" may hang from the verb)
    bool adjacent = true;
    std::vector<int> hyphens;
    for (int k = x + 1; k < s && adjacent; ++k) {
      if (t.at(k).form == "-" && t.Parent(k) == v) hyphens.push_back(k);
      adjacent = t.InSubtree(k, x) || t.InSubtree(k, s) || t.at(k).form == "-";
    }
    if (!adjacent) continue;
    t.Attach(x, s, "compound");
    for (int k : hyphens) t.Attach(k, x, "punct");
    ++n;
  }
  return n;
}

// Repair 65: "talks between Russian(nmod) and American officials(conj of
// Russian)": a nationality word read as a noun whose conjunct is a noun
// phrase opening with another nationality adjective modifies that noun with
// it ("Russian and American" both modify "officials"). Only words shaped
// like nationality adjectives ("-ian", "-ese", "-ish", "-i": "between Iran
// and American officials" stays two parties).
bool NationalityShaped(const std::string& lower) {
  auto ends = [&](std::string_view tail) {
    return lower.size() > tail.size() + 2 &&
           lower.compare(lower.size() - tail.size(), tail.size(), tail) == 0;
  };
  if (ends("i"))
    return !OneOf(lower, {"mali", "haiti", "malawi", "burundi", "djibouti", "fiji", "kiribati",
                          "hawaii", "dubai", "delhi", "nairobi", "abu dhabi", "tbilisi"});
  return ends("ian") || ends("ean") || ends("ese") || ends("ish") || ends("can") ||
         OneOf(lower, {"french", "dutch", "thai", "swiss", "greek", "czech", "welsh"});
}

int RepairNationalityConjunctOfNoun(Tree& t) {
  int n = 0;
  for (int x = 0; x + 3 < t.size(); ++x) {
    if (!t.Capitalised(x) || !t.FormIn(x + 1, {"and", ","}) ||
        !OneOf(t.Upos(x), {"PROPN", "ADJ", "NOUN"}) || !NationalityShaped(t.Lower(x)))
      continue;
    const int y = t.ChildWithBase(x, "conj");
    if (y < x + 3 || t.Upos(y) != "NOUN") continue;
    const int z = x + 2;
    if (t.Parent(z) != y || t.Base(z) != "amod" || !t.Capitalised(z) ||
        !NationalityShaped(t.Lower(z)))
      continue;
    bool only_words_of_y = true;  // "Russian and American senior officials"
    for (int k = z + 1; k < y; ++k) only_words_of_y = only_words_of_y && t.InSubtree(k, y);
    if (!only_words_of_y) continue;
    const int head = t.Parent(x);
    const std::string rel(t.Rel(x));
    for (int k : t.Children(x))
      if (k < x) t.Attach(k, y, t.at(k).deprel);  // "between" goes with the noun
    t.Attach(y, head, rel);
    t.Attach(x, y, "amod");
    if (t.Upos(x) != "ADJ") t.SetTag(x, "ADJ", "JJ");
    t.Attach(z, x, "conj");
    if (t.Parent(x + 1) != z) t.Attach(x + 1, z, t.FormIs(x + 1, "and") ? "cc" : "punct");
    ++n;
  }
  return n;
}

// Repair 66: "The Philippines(root) and Japan(nsubj of held) held(conj)
// joint exercises": a sentence-opening name the parser made the root, with a
// coordinator and a second name that is the subject of a verb conjunct, is
// the first of that verb's two subjects.
int RepairNominalRootBeforeCoordinatedSubject(Tree& t) {
  const int r = t.Root();
  if (r < 0 || t.Upos(r) != "PROPN" || t.ChildWithBase(r, "cop") >= 0 ||
      t.ChildWithBase(r, "nsubj") >= 0)
    return 0;
  for (int v : t.Children(r)) {
    if (t.Rel(v) != "conj" || t.Upos(v) != "VERB" || v < r) continue;
    const int second = t.ChildWithBase(v, "nsubj");
    const int cc = t.ChildWithBase(v, "cc");
    if (second < 0 || cc < 0 || !(r < cc && cc < second && second < v) ||
        !OneOf(t.Upos(second), {"PROPN", "NOUN"}))
      return 0;
    // (only the two names and the coordinator before the verb)
    for (int k = r + 1; k < v; ++k)
      if (k != cc && !t.InSubtree(k, second)) return 0;
    t.Attach(v, -1, "root");
    for (int k : t.Children(r))
      if (k > v) t.Attach(k, v, t.at(k).deprel);
    t.Attach(r, v, "nsubj");
    t.Attach(second, r, "conj");
    t.Attach(cc, second, "cc");
    return 1;
  }
  return 0;
}

// Repair 67: "Sanctions were imposed(passive) on Russian oil companies(obl)
// by the United States(nmod of companies)": a "by" phrase hung on the last
// noun of a passive verb's oblique, when the verb has no agent of its own,
// is that agent.
int RepairAgentUnderOblique(Tree& t) {
  int n = 0;
  for (int x = 0; x < t.size(); ++x) {
    const int noun = t.Parent(x);
    if (noun < 0 || t.Base(x) != "nmod" || !OneOf(t.Upos(x), {"PROPN", "NOUN"})) continue;
    const int by = t.ChildWithBase(x, "case");
    if (by < 0 || !t.FormIs(by, "by") || t.Base(noun) != "obl") continue;
    // (only an oblique of the act's target or goal: "in the book ... by",
    // "during his arrest by the CIA" keep their "by")
    const int prep = t.ChildWithBase(noun, "case");
    if (prep < 0 || !t.FormIn(prep, {"on", "to", "against", "at", "into", "upon"})) continue;
    const int v = t.Parent(noun);
    if (v < 0 || t.Upos(v) != "VERB" || t.at(v).xpos != "VBN") continue;
    bool passive = false, agent = false;
    for (int k : t.Children(v)) {
      passive = passive || t.Rel(k) == "aux:pass" || t.Rel(k) == "nsubj:pass";
      agent = agent || t.Rel(k) == "obl:agent";
    }
    if (!passive || agent) continue;
    t.Attach(x, v, "obl:agent");
    ++n;
  }
  return n;
}

// Repair 68: "Israeli forces killed 25 Palestinians(compound of waiting)
// waiting(advcl of killed) for food aid": a plural noun made a compound of
// the gerund right after it, which hangs from a verb before the noun that
// has no object, is that verb's object, and the gerund describes it (acl).
// (A compound never depends on a verb in UD.)
int RepairPluralCompoundOfGerund(Tree& t) {
  int n = 0;
  for (int v = 1; v < t.size(); ++v) {
    const int noun = v - 1;
    const int gov = t.Parent(v);
    if (t.Upos(v) != "VERB" || t.at(v).xpos != "VBG" || t.Parent(noun) != v ||
        t.Base(noun) != "compound" || !OneOf(t.at(noun).xpos, {"NNS", "NNPS"}) || gov < 0 ||
        gov > noun || t.Upos(gov) != "VERB" || t.ChildWithBase(gov, "obj") >= 0 ||
        !OneOf(t.Base(v), {"advcl", "xcomp", "ccomp", "dep"}))
      continue;
    t.Attach(noun, gov, "obj");
    t.Attach(v, noun, "acl");
    ++n;
  }
  return n;
}

// Repair 69: "The UN warned that famine was spreading(ccomp) in Gaza and
// called(conj of spreading) on Israel to allow aid": a verb of saying or
// appealing without a subject, coordinated with the verb of a clause that a
// verb of saying reports and that has a subject of its own, in the reporting
// verb's form and not the clause verb's, continues the report: it is the
// reporting verb's conjunct, sharing its subject.
int RepairAppealConjunctOfReport(Tree& t) {
  int n = 0;
  for (int v = 0; v < t.size(); ++v) {
    const int clause = t.Parent(v);
    if (clause < 0 || t.Base(v) != "conj" || t.Upos(v) != "VERB" ||
        t.ChildWithBase(v, "nsubj") >= 0 || t.ChildWithBase(v, "aux") >= 0 ||
        !t.LemmaIn(v, {"call", "urge", "appeal", "demand", "ask", "vow", "pledge", "accuse",
                       "condemn", "insist", "threaten", "reiterate", "reaffirm", "add"}))
      continue;
    const int report = t.Parent(clause);
    if (report < 0 || t.Base(clause) != "ccomp" || t.ChildWithBase(clause, "nsubj") < 0 ||
        t.ChildWithBase(report, "nsubj") < 0 ||
        !t.LemmaIn(report, {"say", "warn", "announce", "state", "declare", "claim", "tell",
                            "report", "note", "stress"}))
      continue;
    // (in the reporting verb's form, not the clause's: "warned(VBD) that
    // famine was spreading(VBG) and called(VBD)"; "says(VBZ) that the manager
    // came(VBD) and asked(VBD)" is the manager's)
    if (t.at(v).xpos != t.at(report).xpos || t.at(v).xpos == t.at(clause).xpos) continue;
    t.Attach(v, report, "conj");
    ++n;
  }
  return n;
}

// Repair 70: "accused President Rodrigo Paz(nsubj of selling) of(mark)
// selling(advcl) out the country": the subject of a gerund opened by "of"
// or "for", before the mark, under a verb with no object, is that verb's
// object ("accused him of", "praised Qatar for").
int RepairObjectOfGerundClause(Tree& t) {
  int n = 0;
  for (int g = 0; g < t.size(); ++g) {
    if (t.at(g).xpos != "VBG" || t.Base(g) != "advcl") continue;
    const int v = t.Parent(g), mark = t.ChildWithBase(g, "mark");
    if (v < 0 || mark < 0 || !t.FormIn(mark, {"of", "for"}) || t.Upos(v) != "VERB" ||
        t.ChildWithBase(v, "obj") >= 0)
      continue;
    const int s = t.ChildWithBase(g, "nsubj");
    if (s < 0 || s < v || s > mark || !OneOf(t.Upos(s), {"NOUN", "PROPN", "PRON"})) continue;
    t.Attach(s, v, "obj");
    ++n;
  }
  return n;
}

// Repair 71: "urged the United States(obj), which brokered(relcl) the truce,
// to pressure(advcl of brokered) Israel": a to-infinitive after the comma
// that closes a relative clause of the object of a verb of asking, hung on
// the relative clause's verb, is what the asking verb asks (its xcomp).
int RepairAskedInfinitiveAfterRelativeClause(Tree& t) {
  int n = 0;
  for (int inf = 2; inf < t.size(); ++inf) {
    if (t.Upos(inf) != "VERB" || t.Base(inf) != "advcl") continue;
    const int rc = t.Parent(inf), mark = t.ChildWithBase(inf, "mark");
    if (rc < 0 || rc > inf || !OneOf(t.Rel(rc), {"acl:relcl", "advcl:relcl"}) || mark < 0 ||
        mark != inf - 1 || !t.FormIs(mark, "to") || t.Upos(mark - 1) != "PUNCT")
      continue;
    // (the relative clause on the object, or hung on the verb itself after
    // its object: "urged the United States(iobj), which brokered(advcl:relcl)")
    int object = t.Parent(rc), ask = object >= 0 ? t.Parent(object) : -1;
    if (t.Rel(rc) == "advcl:relcl") {
      ask = t.Parent(rc);
      object = -1;
      for (int k : t.Children(ask))
        if (k < rc && OneOf(t.Base(k), {"obj", "iobj"})) object = k;
    }
    if (ask < 0 || object < 0 || ask > object || !OneOf(t.Base(object), {"obj", "iobj"}) ||
        t.ChildWithBase(ask, "xcomp") >= 0 ||
        !t.LemmaIn(ask, {"urge", "ask", "call", "press", "encourage", "invite", "tell", "request"}))
      continue;
    t.Attach(inf, ask, "xcomp");
    ++n;
  }
  return n;
}

// Repair 72: "police detained opposition leader Nika Melia(nsubj of
// rallied) and dozens of protesters overnight as thousands(nsubj) rallied":
// of two subjects of a clause a subordinator opens (or of a predicate
// adjective: "a day before election results were due"), the one before the
// subordinator is the object of the verb before it, when that verb has none.
int RepairObjectBeforeSubordinateClause(Tree& t) {
  int n = 0;
  for (int v = 2; v < t.size(); ++v) {
    // (a verb, or a predicate adjective: "before election results were due")
    if (!OneOf(t.Upos(v), {"VERB", "ADJ"})) continue;
    const int mark = t.ChildWithBase(v, "mark");
    if (mark < 0 || mark > v ||
        !t.FormIn(mark, {"as", "after", "before", "while", "when", "because", "until"}))
      continue;
    int early = -1, late = -1;
    for (int k : t.Children(v)) {
      if (t.Base(k) != "nsubj") continue;
      if (k < mark) early = k;
      if (k > mark && k < v) late = k;
    }
    if (early < 0 || late < 0 || !OneOf(t.Upos(early), {"NOUN", "PROPN"})) continue;
    int first = early;  // the early subject's phrase's first word
    for (int w = 0; w < early; ++w)
      if (t.InSubtree(w, early)) {
        first = w;
        break;
      }
    const int verb = first - 1;
    if (verb < 0 || t.Upos(verb) != "VERB" || t.ChildWithBase(verb, "obj") >= 0 ||
        t.InSubtree(verb, early))
      continue;
    t.Attach(early, verb, "obj");
    ++n;
  }
  return n;
}

// Repair 87: "European powers(root) reimposed(acl, VBN) United Nations
// sanctions(obl, no case) on Iran": a participle right after the root noun,
// with a bare noun phrase (no preposition) as its dependent, is the finite
// verb of a sentence whose subject the noun is; the phrase is its object.
int RepairRootNounBeforeParticipleWithObject(Tree& t) {
  const int r = t.Root();
  const int v = r + 1;
  if (r < 0 || v >= t.size() || !OneOf(t.Upos(r), {"NOUN", "PROPN"}) || t.Parent(v) != r ||
      t.Base(v) != "acl" || t.Upos(v) != "VERB" || t.at(v).xpos != "VBN" || !t.EdForm(v))
    return 0;
  int object = -1;
  for (int k : t.Children(v))
    if (k > v && t.Rel(k) == "obl" && OneOf(t.Upos(k), {"NOUN", "PROPN"}) &&
        t.ChildWithBase(k, "case") < 0 && !t.TimeWord(k))
      object = k;
  if (object < 0) return 0;
  std::vector<int> movers;  // the root's dependents after the verb
  for (int k : t.Children(r))
    if (k > v) movers.push_back(k);
  t.Attach(v, -1, "root");
  t.SetTag(v, "VERB", "VBD");
  t.Attach(r, v, "nsubj");
  t.Attach(object, v, "obj");
  for (int k : movers) t.Attach(k, v, t.at(k).deprel);
  return 1;
}

// Repair 86: "told state media(iobj) that(obj of received) Tehran had
// received(acl:relcl of media) messages(obj)": "that" read as a relative
// pronoun although its clause has an object of its own; after the addressee
// of a verb of telling it opens the reported clause (ccomp, "that" its mark).
int RepairThatClauseReadAsRelative(Tree& t) {
  int n = 0;
  for (int v = 2; v < t.size(); ++v) {
    const int addressee = t.Parent(v);
    if (t.Rel(v) != "acl:relcl" || addressee < 0 || !OneOf(t.Base(addressee), {"iobj", "obj"}))
      continue;
    const int tell = t.Parent(addressee);
    int that = -1, object = -1;
    for (int k : t.Children(v)) {
      if (t.Base(k) != "obj") continue;
      if (t.FormIs(k, "that") && k == addressee + 1)
        that = k;
      else
        object = k;
    }
    if (that < 0 || object < 0 || tell < 0 ||
        !t.LemmaIn(tell, {"tell", "inform", "assure", "warn", "remind", "notify"}))
      continue;
    t.Attach(v, tell, "ccomp");
    t.Attach(that, v, "mark");
    t.SetTag(that, "SCONJ", "IN");
    ++n;
  }
  return n;
}

// Repair 84: "launched strikes on(mark of called) what(obj of called)
// it called(advcl) terrorist camps": a preposition before "what" read as the
// mark of the clause "what" opens. "What" heads the prepositional phrase, the
// preposition its case, the clause its relative clause.
int RepairPrepositionBeforeWhatClause(Tree& t) {
  int n = 0;
  for (int w = 1; w + 2 < t.size(); ++w) {
    const int prep = w - 1, clause = t.Parent(w);
    if (!t.FormIs(w, "what") || t.Base(w) != "obj" || clause <= w ||
        !t.FormIn(prep, {"on", "at", "against", "into", "in"}) || t.Parent(prep) != clause ||
        t.Base(prep) != "mark" || t.Base(clause) != "advcl" ||
        !t.LemmaIn(clause, {"call", "describe", "say", "term", "label"}))
      continue;
    const int head = t.Parent(clause);
    if (head < 0) continue;
    t.Attach(w, head, "obl");
    t.Attach(prep, w, "case");
    t.SetTag(prep, "ADP", "IN");
    t.Attach(clause, w, "acl:relcl");
    ++n;
  }
  return n;
}

// Repair 83: "Thailand(root) , Cambodia(compound of Deal) Sign(VBP,
// compound of Deal) Peace Deal(appos of Thailand)": a headline's finite verb
// read as a compound of the noun after it, under an opening name that heads
// a sentence without another verb. The verb is the root, the opening names
// its subjects (conjoined), the noun its object.
int RepairHeadlineVerbReadAsCompound(Tree& t) {
  const int r = t.Root();
  if (r < 0 || t.Upos(r) != "PROPN") return 0;
  int v = -1;
  for (int k = r + 1; k < t.size(); ++k) {
    if (t.Upos(k) != "VERB") continue;
    if (v >= 0 || !OneOf(t.at(k).xpos, {"VBP", "VBZ"}) || t.Base(k) != "compound") return 0;
    v = k;
  }
  if (v < 0) return 0;
  const int noun = t.Parent(v);
  if (noun <= v || !OneOf(t.Upos(noun), {"NOUN", "PROPN"})) return 0;
  for (int k = r + 1; k < v; ++k)
    if (t.Upos(k) != "PROPN" && !t.FormIn(k, {",", "and"})) return 0;
  t.Attach(v, -1, "root");
  t.Attach(r, v, "nsubj");
  t.Attach(noun, v, "obj");
  for (int k = v - 1; k > r; --k) {
    if (t.Upos(k) == "PROPN")
      t.Attach(k, k + 1 < v && t.Upos(k + 1) == "PROPN" ? k + 1 : r,
               k + 1 < v && t.Upos(k + 1) == "PROPN" ? "compound" : "conj");
    else
      t.Attach(k, k + 1, t.FormIs(k, "and") ? "cc" : "punct");
  }
  return 1;
}

// Repair 82: "After(case of shells) North Korea(compound of shells)
// fired(amod of shells) artillery shells(obl of put) near the border, South
// Korea put its troops on alert": a past form between a name and a noun,
// after a subordinator, is a clause the parser read as one noun phrase (no
// adjective follows a bare name with a subordinator before it). The form
// heads a clause of the noun's verb (advcl), the subordinator its mark, the
// name its subject, the noun its object, and the noun's later phrases its
// obliques.
int RepairSubordinateClauseReadAsNounPhrase(Tree& t) {
  int n = 0;
  for (int w = 2; w + 1 < t.size(); ++w) {
    const int noun = t.Parent(w), name = w - 1;
    if (t.Base(w) != "amod" || t.Upos(w) != "VERB" || !OneOf(t.at(w).xpos, {"VBN", "VBD"}) ||
        noun <= w || !OneOf(t.Upos(noun), {"NOUN", "PROPN"}) || t.Upos(name) != "PROPN" ||
        !((t.Parent(name) == noun && t.Base(name) == "compound") ||
          (t.Parent(name) == w && t.Base(name) == "nsubj")))
      continue;
    int first = name;  // the name's first word ("United" may be read as ADJ)
    while (first > 0 && (t.Upos(first - 1) == "PROPN" || t.Parent(first - 1) == name) &&
           t.Capitalised(first - 1) && (t.Parent(first - 1) == noun || t.Parent(first - 1) == name))
      --first;
    int sub = first - 1;
    // ("the" only before a name already read as the subject: "after the
    // Trump(compound) brokered deal" is a noun phrase)
    const int det = t.FormIs(sub, "the") && t.Base(name) == "nsubj" &&
                            (t.Parent(sub) == noun || t.Parent(sub) == name)
                        ? sub
                        : -1;
    if (det >= 0) --sub;
    const int verb = t.Parent(noun);
    if (sub < 0 || t.Parent(sub) != noun || !OneOf(t.Base(sub), {"case", "mark"}) ||
        !t.FormIn(sub, {"after", "before", "since", "until", "when", "as", "while", "because"}) ||
        verb < 0 || t.Upos(verb) != "VERB")
      continue;
    std::vector<int> later;  // the noun's phrases after it
    for (int k : t.Children(noun))
      if (k > noun) later.push_back(k);
    t.Attach(w, verb, "advcl");
    t.SetTag(w, "VERB", "VBD");
    t.Attach(sub, w, "mark");
    t.Attach(name, w, "nsubj");
    for (int k = first; k < name; ++k)
      if (t.Parent(k) == noun) t.Attach(k, name, "compound");
    if (det >= 0) t.Attach(det, name, "det");
    t.Attach(noun, w, "obj");
    for (int k : later)
      t.Attach(k, w, t.Upos(k) == "PUNCT" ? "punct" : t.Base(k) == "nmod" ? "obl" : t.at(k).deprel);
    ++n;
  }
  return n;
}

// Repair 81: "especially by promoting(amod of biofuels) biofuels": a gerund
// with a subordinator of its own ("by", "while", "without") heads a clause:
// the noun after it is its object, and it modifies the noun's verb.
int RepairGerundWithMarkReadAsModifier(Tree& t) {
  int n = 0;
  for (int w = 1; w + 1 < t.size(); ++w) {
    const int noun = t.Parent(w);
    if (t.Base(w) != "amod" || t.Upos(w) != "VERB" || t.at(w).xpos != "VBG" || noun != w + 1)
      continue;
    const int mark = t.ChildWithBase(w, "mark");
    if (mark < 0 || mark > w || !t.FormIn(mark, {"by", "while", "without", "after", "before"}))
      continue;
    const int verb = t.Parent(noun);
    if (verb < 0 || verb > w || t.Upos(verb) != "VERB") continue;
    t.Attach(w, verb, "advcl");
    t.Attach(noun, w, "obj");
    ++n;
  }
  return n;
}

// Repair 80: "..., US Deputy Secretary(obl of seeking) of Energy Jeffrey
// Kupfer(nsubj) said": a closing report's subject whose capitalised title,
// between the comma and the name, the parser hung on the main clause. The
// title words are the name's.
int RepairReportSubjectSplitFromTitle(Tree& t) {
  int n = 0;
  for (int v = 3; v < t.size(); ++v) {
    if (!t.FormIn(v, {"said", "says", "told", "added", "stated"})) continue;
    const int s = t.ChildWithBase(v, "nsubj");
    if (s < 2 || s > v || t.Upos(s) != "PROPN") continue;
    int a = s;  // the first word after the comma
    while (a > 1 && a > s - 8 && (t.Upos(a - 1) == "PROPN" || (t.FormIs(a - 1, "of") && a - 2 > 0)))
      --a;
    if (a == s || t.at(a - 1).form != "," || t.FormIs(a, "of")) continue;
    bool moved = false;
    for (int w = a; w < s; ++w) {
      const int h = t.Parent(w);
      if (h >= a && h <= s) continue;
      if (h < 0 || h > a - 1 || t.Upos(w) != "PROPN") {
        moved = false;
        break;
      }
      t.Attach(w, s, "compound");
      moved = true;
    }
    n += moved;
  }
  return n;
}

// Repair 79: "came hours after the United States(nmod of hours) and South
// Korea(nsubj) began(conj of came) joint drills": a subordinator read as the
// preposition of the first subject, whose conjunct the parser made the
// subject of a clause coordinated with the main one. The clause is the
// subordinate one, its subject both names, the preposition its mark.
int RepairSubordinatorReadAsPreposition(Tree& t) {
  int n = 0;
  for (int v = 3; v < t.size(); ++v) {
    const int g = t.Parent(v);
    if (t.Base(v) != "conj" || t.Upos(v) != "VERB" || !OneOf(t.at(v).xpos, {"VBD", "VBZ", "VBP"}) ||
        g < 0 || g > v)
      continue;
    const int s = t.ChildWithBase(v, "nsubj"), cc = t.ChildWithBase(v, "cc");
    if (s < 0 || cc < 1 || cc > s || s > v) continue;
    int a = cc - 1;
    while (OneOf(t.Base(a), {"compound", "flat", "amod"}) && t.Parent(a) > a && t.Parent(a) < cc)
      a = t.Parent(a);
    const int prep = t.ChildWithBase(a, "case");
    if (!OneOf(t.Upos(a), {"PROPN", "NOUN"}) || prep < 0 || prep > a ||
        !t.FormIn(prep, {"after", "before", "since", "until"}) || t.Parent(a) > a ||
        !(t.Parent(a) == g || t.Parent(t.Parent(a)) == g))
      continue;
    const int time = t.Parent(a) == g ? -1 : t.Parent(a);
    t.Attach(a, v, "nsubj");
    t.Attach(s, a, "conj");
    t.Attach(cc, s, "cc");
    t.Attach(prep, v, "mark");
    t.SetTag(prep, "SCONJ", "IN");
    t.Attach(v, g, "advcl");
    if (time >= 0 && t.LemmaIn(time, {"hour", "day", "week", "month", "year", "minute", "moment"}))
      t.Attach(time, g, "obl:npmod");
    ++n;
  }
  return n;
}

// Repair 78: "hours(nsubj) after U.S. President Donald Trump(nsubj)
// threatened": a noun of time before the subordinator of a clause that has
// its own subject measures the clause (obl:npmod), it is no subject.
int RepairTimeBeforeSubordinator(Tree& t) {
  int n = 0;
  for (int k = 0; k + 1 < t.size(); ++k) {
    const int v = t.Parent(k);
    if (t.Base(k) != "nsubj" || v <= k + 1 ||
        !t.LemmaIn(k, {"hour", "day", "week", "month", "year", "minute", "moment", "shortly"}) ||
        !t.FormIn(k + 1, {"after", "before", "since"}) || t.Parent(k + 1) != v)
      continue;
    bool other_subject = false;
    for (int c : t.Children(v)) other_subject = other_subject || (c > k + 1 && t.IsSubject(c));
    if (!other_subject) continue;
    t.Attach(k, v, "obl:npmod");
    ++n;
  }
  return n;
}

// Repair 77: "held talks with Vice Premier(nmod of talks) He Lifeng(obl of
// held)": a capitalised title whose name, right after it, hangs elsewhere
// without a preposition of its own: the name heads the phrase, the title is
// its compound.
int RepairNameSplitFromTitle(Tree& t) {
  int n = 0;
  for (int k = 1; k < t.size(); ++k) {
    const int title = k - 1;
    if (t.Upos(k) != "PROPN" || !t.Capitalised(title) || t.ChildWithBase(k, "case") >= 0 ||
        t.Parent(k) == title || t.Parent(title) == k || t.ChildWithBase(title, "case") < 0 ||
        (!t.at(title).xpos.empty() && t.at(title).xpos.back() == 'S') ||
        !t.LemmaIn(title, {"president", "premier", "minister", "secretary", "chancellor",
                           "governor", "senator", "chairman", "ambassador", "envoy", "king",
                           "prince", "general", "commander", "mayor", "leader", "speaker"}))
      continue;
    const int head = t.Parent(title);
    if (head < 0 || t.InSubtree(head, k)) continue;
    const std::string rel(t.Rel(title));
    for (int c : t.Children(title))
      if (c != k) t.Attach(c, k, t.at(c).deprel);
    t.Attach(k, head, rel);
    t.Attach(title, k, "compound");
    ++n;
  }
  return n;
}

// Repairs 76 and 85: a past form modifying the noun after it (across the
// noun's modifiers), with a subject of its own (which no adjective has),
// heads a clause, and the noun is its object:
//  - 76, "Thailand's army said Cambodian soldiers(nsubj of fired) fired(amod,
//    VBN) rockets(obj of said) at a Thai post(obl of said), wounding(advcl
//    of said) three soldiers": the reporting verb's object is the reported
//    clause (ccomp), and the reporting verb's later dependents are the
//    clause's;
//  - 85, "\"Our forces(nsubj of destroyed) destroyed(amod) three Russian
//    tanks(ccomp of said),\" the army said": a noun heading a clause (ccomp,
//    root, parataxis) gives the verb its place.
int RepairClauseVerbReadAsModifier(Tree& t) {
  int n = 0;
  for (int v = 1; v + 1 < t.size(); ++v) {
    const int noun = t.Parent(v), subject = t.ChildWithBase(v, "nsubj");
    if (t.Rel(v) != "amod" || t.Upos(v) != "VERB" || !OneOf(t.at(v).xpos, {"VBN", "VBD"}) ||
        noun <= v || subject < 0 || subject > v)
      continue;
    bool modifiers_only = true;  // the words between are the noun's modifiers
    for (int k = v + 1; k < noun; ++k)
      modifiers_only = modifiers_only && t.Parent(k) == noun &&
                       OneOf(t.Base(k), {"nummod", "amod", "compound", "det"});
    const int say = t.Parent(noun);
    const bool reported_object =
        noun == v + 1 && say >= 0 && say < v && t.Base(noun) == "obj" &&
        t.LemmaIn(say, {"say", "claim", "report", "announce", "state", "add", "allege", "confirm"});
    const bool clause_head = modifiers_only && OneOf(t.Upos(noun), {"NOUN", "PROPN"}) &&
                             OneOf(t.Base(noun), {"ccomp", "root", "parataxis"});
    if (!reported_object && !clause_head) continue;
    std::vector<int> movers;
    if (reported_object) {  // the reporting verb's dependents after the noun
      for (int k : t.Children(say))
        if (k > noun && !(t.Upos(k) == "PUNCT" && k == t.size() - 1)) movers.push_back(k);
      t.Attach(v, say, "ccomp");
    } else {  // the noun's dependents outside its phrase
      for (int k : t.Children(noun))
        if (k < v || (k > noun && t.Upos(k) == "PUNCT")) movers.push_back(k);
      const std::string rel(t.Rel(noun));
      t.Attach(v, say, rel);
    }
    t.SetTag(v, "VERB", "VBD");
    t.Attach(noun, v, "obj");
    for (int k : movers) t.Attach(k, v, t.at(k).deprel);
    ++n;
    if (reported_object) break;  // (76 mends one reported clause)
  }
  return n;
}

// Repair 75: "met with U.S. envoy Massad Boulos(nsubj of discuss) in Cairo
// to discuss(advcl of met) a truce": a prepositional phrase ("with" on the
// name) read as the subject of the to-infinitive after it is the phrase of
// the verb that infinitive modifies. (No subject has a preposition.)
int RepairPrepositionalSubjectOfInfinitive(Tree& t) {
  int n = 0;
  for (int k = 0; k < t.size(); ++k) {
    const int v = t.Parent(k);
    if (t.Base(k) != "nsubj" || v <= k || !OneOf(t.Upos(k), {"NOUN", "PROPN"})) continue;
    const int c = t.ChildWithBase(k, "case");
    const int mark = t.ChildWithBase(v, "mark");
    const int head = t.Parent(v);
    if (c < 0 || c > k || t.Upos(c) != "ADP" || mark < 0 || !t.FormIs(mark, "to") || head < 0 ||
        head > k || t.Upos(head) != "VERB")
      continue;
    t.Attach(k, head, "obl");
    ++n;
  }
  return n;
}

// Repair 74: "Egypt and Saudi Arabia(vocative), which(nsubj) back(root) the
// army, met(conj) with U.S. envoy Massad Boulos": a root whose subject is
// "which" or "who" after a comma, with a noun before the comma and a finite
// verb without a subject after the clause's closing comma, is the noun's
// relative clause; the later verb is the root and the noun its subject.
int RepairRootReadFromRelativeClause(Tree& t) {
  const int r = t.Root();
  if (r < 0 || t.Upos(r) != "VERB") return 0;
  const int rel = t.ChildWithBase(r, "nsubj");
  if (rel < 2 || !t.FormIn(rel, {"which", "who"}) || t.at(rel - 1).form != ",") return 0;
  int noun = -1, verb = -1;
  for (int k : t.Children(r)) {
    if (k < rel - 1 && OneOf(t.Upos(k), {"NOUN", "PROPN"}) && t.ChildWithBase(k, "case") < 0)
      noun = k;
    if (k > r && verb < 0 && OneOf(t.Base(k), {"conj", "parataxis"}) && t.Upos(k) == "VERB" &&
        OneOf(t.at(k).xpos, {"VBD", "VBZ", "VBP"}) && t.at(k - 1).form == "," &&
        t.ChildWithBase(k, "nsubj") < 0 && t.ChildWithBase(k, "cc") < 0)
      verb = k;
  }
  if (noun < 0 || verb < 0) return 0;
  std::vector<int> movers;  // the old root's dependents after the verb
  for (int k : t.Children(r))
    if (k > verb) movers.push_back(k);
  t.Attach(verb, -1, "root");
  t.Attach(noun, verb, "nsubj");
  t.Attach(r, noun, "acl:relcl");
  for (int k : movers) t.Attach(k, verb, t.at(k).deprel);
  return 1;
}

// noun before it the subject, the noun after it the object.
int RepairClauseReadAsConjoinedNouns(Tree& t) {
  int n = 0;
  for (int a = 1; a + 1 < t.size(); ++a) {
    const int subject = a - 1, object = a + 1, verb = t.Parent(subject);
    if (t.Base(a) != "amod" || t.Parent(a) != object || !t.EdForm(a) || !t.Children(a).empty() ||
        verb < 0 || verb > subject || t.Upos(verb) != "VERB" || t.Base(subject) != "conj" ||
        t.Parent(object) != verb || t.Base(object) != "conj" ||
        !OneOf(t.Upos(subject), {"NOUN", "PROPN"}) || !OneOf(t.Upos(object), {"NOUN", "PROPN"}))
      continue;
    t.Attach(a, verb, "conj");
    t.SetTag(a, "VERB", "VBD");
    for (int k : t.Children(subject))
      if (k < subject && t.Base(k) == "cc") t.Attach(k, a, "cc");
    t.Attach(subject, a, "nsubj");
    t.Attach(object, a, "obj");
    ++n;
  }
  return n;
}

// Repair 89: "signed a memorandum(obj) with(mark) Somaliland(nsubj)
// granting(advcl) it access to the sea": after a verb of making a deal
// with its object, "with" + a name + a gerund is not an absolute clause
// ("with prices rising") but the partner of the deal, and the gerund
// clause what the deal does.
int RepairDealPartnerReadAsAbsoluteClause(Tree& t) {
  int n = 0;
  for (int v = 3; v < t.size(); ++v) {
    if (t.at(v).xpos != "VBG" || !OneOf(t.Base(v), {"advcl", "acl"})) continue;
    // (the partner's name may be of several words: "with South Sudan"; the
    // gerund may hang on the deal already: "a deal(obj) with South Sudan
    // allowing(acl)")
    const bool on_deal = t.Base(v) == "acl";
    const int h = on_deal ? t.Parent(t.Parent(v)) : t.Parent(v);
    const int partner = t.ChildWithBase(v, "nsubj"), with = t.ChildWithBase(v, "mark");
    const int deal = on_deal ? t.Parent(v) : h < 0 ? -1 : t.ChildWithBase(h, "obj");
    if (on_deal && t.Base(deal) != "obj") continue;
    if (h < 0 || with < 0 || h > with || deal < 0 || deal > with || t.Upos(h) != "VERB" ||
        !t.LemmaIn(h, {"sign", "reach", "strike", "conclude", "seal", "ink", "agree"}) ||
        !t.FormIs(with, "with") || partner < with || partner > v || t.Upos(partner) != "PROPN")
      continue;
    // (the words between "with" and the gerund are the name)
    if (!t.Spans(with + 1, v, partner)) continue;
    t.Attach(with, partner, "case");
    t.SetTag(with, "ADP", "IN");
    t.Attach(partner, h, "obl");
    t.Attach(v, deal, "acl");
    ++n;
  }
  return n;
}

// Repair 90: "He met Saudi Crown Prince Mohammed bin Salman(nsubj of
// discussed) and discussed(conj) regional security": a name right after a
// verb without an object, read as the subject of the verb coordinated after
// it by a bare "and", is the first verb's object: the two verbs share the
// first one's subject.
int RepairObjectReadAsSubjectOfConjunct(Tree& t) {
  int n = 0;
  for (int v = 3; v < t.size(); ++v) {
    if (t.Base(v) != "conj" || t.Upos(v) != "VERB") continue;
    const int h = t.Parent(v), s = t.ChildWithBase(v, "nsubj"), cc = t.ChildWithBase(v, "cc");
    if (h < 0 || s < 0 || cc < 0 || t.Upos(h) != "VERB" || t.Upos(s) != "PROPN" ||
        !t.FormIs(cc, "and") || t.ChildWithBase(h, "obj") >= 0 || t.ChildWithBase(h, "nsubj") < 0 ||
        t.ChildWithBase(h, "nsubj") > h)
      continue;
    // The subject's phrase fills the words from the verb to "and", and
    // "and" comes right before the second verb.
    if (cc + 1 != v || s > cc || !t.Spans(h + 1, cc, s)) continue;
    t.Attach(s, h, "obj");
    ++n;
  }
  return n;
}

// Repair 91: "Pakistan(nsubj), India(compound of Agree) Agree to
// Ceasefire": a headline's list of subjects joined by a comma, the last
// name read as a compound of the verb right after it (a verb takes no
// compound), is the subject's conjunct.
int RepairListedSubjectReadAsCompoundOfVerb(Tree& t) {
  int n = 0;
  for (int c = 2; c + 1 < t.size(); ++c) {
    const int v = c + 1;
    if (t.Parent(c) != v || t.at(c - 1).form != "," || t.Base(c) != "compound" ||
        t.Upos(c) != "PROPN" || t.Upos(v) != "VERB")
      continue;
    const int s = t.ChildWithBase(v, "nsubj");
    if (s < 0 || s >= c || !OneOf(t.Upos(s), {"PROPN", "NOUN"})) continue;
    if (!t.Spans(s + 1, c - 1, s)) continue;  // the comma follows the subject's phrase
    t.Attach(c - 1, c, "punct");
    t.Attach(c, s, "conj");
    ++n;
  }
  return n;
}

// Repair 92: "Witkoff(nsubj) is due(root) to meet(csubj) Putin": a
// to-infinitive read as the clausal subject of an adjective that has a
// subject of its own is the adjective's complement (xcomp), whose subject is
// that one.
int RepairInfinitiveReadAsClausalSubject(Tree& t) {
  int n = 0;
  for (int v = 2; v < t.size(); ++v) {
    const int a = t.Parent(v), mark = t.ChildWithBase(v, "mark");
    if (t.Base(v) != "csubj" || t.Upos(v) != "VERB" || a < 0 || a > v || t.Upos(a) != "ADJ" ||
        mark < 0 || mark != v - 1 || !t.FormIs(mark, "to") || t.ChildWithBase(a, "nsubj") < 0 ||
        t.ChildWithBase(a, "nsubj") > a ||
        // (not with an expletive: "it(expl) is normal in France to
        // have(csubj) ...")
        t.FormIn(t.ChildWithBase(a, "nsubj"), {"it", "this", "that"}) ||
        t.ChildWithBase(a, "expl") >= 0 || t.Rel(t.ChildWithBase(a, "nsubj")) != "nsubj")
      continue;
    t.Attach(v, a, "xcomp");
    ++n;
  }
  return n;
}

// Repair 93: "The Kremlin said(root) Putin was open to talks but
// accused(amod) European leaders(conj of talks) of trying": a past form of a
// verb of saying or judging right after "but" or "and", read as an adjective
// of a noun coordinated with one inside the root's clause, is the root's
// conjunct (sharing its subject), the noun its object.
int RepairReportingConjunctReadAsAdjective(Tree& t) {
  int n = 0;
  const int r = t.Root();
  if (r < 0 || t.Upos(r) != "VERB" || t.at(r).xpos != "VBD" || t.ChildWithBase(r, "nsubj") < 0)
    return 0;
  for (int a = 2; a + 1 < t.size(); ++a) {
    const int h = t.Parent(a), cc = a - 1;
    if (h <= a || t.Rel(a) != "amod" || !t.Children(a).empty() || !t.FormIn(cc, {"but", "and"}) ||
        t.Parent(cc) != h || t.Base(h) != "conj" || !t.InSubtree(h, r) || cc < r || !t.EdForm(a) ||
        !t.LemmaIn(a, {"accuse", "blame", "urge", "warn", "condemn", "criticize", "criticise",
                       "call", "denounce", "praise", "thank", "reject"}))
      continue;
    if (!t.Spans(a + 1, h, h)) continue;  // the noun's phrase starts right after the verb
    t.Attach(a, r, "conj");
    t.SetTag(a, "VERB", "VBD");
    t.Attach(cc, a, "cc");
    t.Attach(h, a, "obj");
    ++n;
  }
  return n;
}

// Repair 94: "The UN warned that famine conditions(nsubj of urged)
// persisted(acl) in northern Gaza and urged(ccomp) Israel to allow": the
// past form after the reported clause's subject is that clause's verb, and
// the verb after "and" the reporter's second act, coordinated with its
// verb of saying.
int RepairSecondActReadAsReportedVerb(Tree& t) {
  int n = 0;
  const int r = t.Root();
  if (r < 0 || t.Upos(r) != "VERB" || t.ChildWithBase(r, "nsubj") < 0) return 0;
  for (int v : t.Children(r)) {
    if (t.Base(v) != "ccomp" || t.Upos(v) != "VERB" || v < r) continue;
    const int s = t.ChildWithBase(v, "nsubj"), mark = t.ChildWithBase(v, "mark"),
              cc = t.ChildWithBase(v, "cc");
    if (s < 0 || mark < 0 || cc < 0 || !t.FormIs(mark, "that") || !(s < cc && cc < v) ||
        cc + 1 != v)
      continue;
    int past = -1;
    for (int k : t.Children(s))
      if (k > s && k < cc && t.Base(k) == "acl" && t.Upos(k) == "VERB" && t.EdForm(k)) past = k;
    if (past < 0) continue;
    t.Attach(past, r, "ccomp");
    t.SetTag(past, "VERB", "VBD");
    t.Attach(s, past, "nsubj");
    t.Attach(mark, past, "mark");
    t.Attach(v, r, "conj");
    ++n;
  }
  return n;
}

// Repair 95: "called on the mediators, Egypt(conj of accused), Qatar and
// Turkey, to pressure(advcl of accused) Israel": names set off by commas
// right after the party a verb of asking addresses are that party's
// apposition, and the infinitive after them is what it is asked to do.
int RepairNamesAfterTheAddressee(Tree& t) {
  int n = 0;
  for (int x = 1; x + 3 < t.size(); ++x) {
    // (the comma first: most words have none after them)
    if (t.at(x + 1).form != ",") continue;
    const int ask = t.Parent(x);
    if (ask < 0 || ask > x || t.Upos(ask) != "VERB" || !OneOf(t.Base(x), {"obl", "obj"}) ||
        !t.LemmaIn(ask, {"call", "urge", "appeal", "ask", "press"}))
      continue;
    // The names, then a comma and "to" + a verb.
    int end = x + 2;
    while (end < t.size() &&
           (t.Upos(end) == "PROPN" || t.FormIs(end, ",") || t.FormIn(end, {"and", "the"})))
      ++end;
    // (end is the word after the list; the list ends with a comma)
    if (end + 1 >= t.size() || !t.FormIs(end - 1, ",") || end - 1 <= x + 2 ||
        !t.FormIs(end, "to") || t.Upos(end + 1) != "VERB" || t.Parent(end) != end + 1)
      continue;
    const int first = x + 2, v = end + 1;
    if (t.Upos(first) != "PROPN" || t.InSubtree(first, x)) continue;
    // The list's names: the first, and each name after a comma or "and".
    std::vector<int> heads{first};
    for (int k = first + 1; k < end - 1; ++k)
      if (t.Upos(k) == "PROPN" && t.FormIn(k - 1, {",", "and"})) heads.push_back(k);
    t.Attach(first, x, "appos");
    for (int k = first + 1; k < end; ++k) {
      if (std::find(heads.begin(), heads.end(), k) != heads.end()) continue;
      if (t.Upos(k) == "PROPN") {
        // (a name's second word: "Saudi Arabia")
        int h = k - 1;
        while (h > first && std::find(heads.begin(), heads.end(), h) == heads.end()) --h;
        t.Attach(k, h, "flat");
      } else if (t.FormIs(k, "and")) {
        t.Attach(k, k + 1, "cc");
      } else {
        t.Attach(k, k + 1 < end - 1 ? k + 1 : first, "punct");
      }
    }
    for (size_t i = 1; i < heads.size(); ++i) t.Attach(heads[i], first, "conj");
    if (t.Parent(v) != ask) t.Attach(v, ask, "xcomp");
    ++n;
  }
  return n;
}

// Repair 97: "Washington returned 250 Venezuelans(obj) deported(xcomp, VBN)
// to El Salvador": a passive participle right after the object's phrase, as
// an object complement of a verb that takes none, is a reduced relative of
// the object (acl): the deported are the object, not the participle's
// controller's doing. Verbs that do take one ("had its assets frozen",
// "found him killed", "declared the vote rigged") are left, and so is a
// pronoun object ("saw him killed").
int RepairParticipleAfterObjectReadAsComplement(Tree& t) {
  int n = 0;
  for (int v = 2; v < t.size(); ++v) {
    // (or tagged a past tense: "deported(VBD, xcomp)")
    if (t.Rel(v) != "xcomp" || t.Upos(v) != "VERB" ||
        !(t.at(v).xpos == "VBN" || (t.at(v).xpos == "VBD" && t.EdForm(v))))
      continue;
    const int h = t.Parent(v), o = t.ChildWithBase(h, "obj");
    if (h < 0 || h > v || o < 0 || o > v || t.Upos(h) != "VERB" || !t.Spans(o + 1, v, o) ||
        !OneOf(t.Upos(o), {"NOUN", "PROPN"}) ||
        t.LemmaIn(h, {"have",  "get",      "see",     "find",   "want",   "keep",
                      "leave", "consider", "declare", "make",   "hear",   "need",
                      "like",  "report",   "believe", "prefer", "deem",   "pronounce",
                      "list",  "feel",     "watch",   "show",   "order",  "call",
                      "name",  "label",    "presume", "rule",   "confirm"}))
      continue;
    t.Attach(v, o, "acl");
    t.SetTag(v, "VERB", "VBN");
    ++n;
  }
  return n;
}

// Repair 98: "The military said Sunday(nsubj:pass of struck) that it had
// struck": a day right after a verb, before the "that" of the clause the
// verb governs, is when the verb's act happened (obl:tmod), not the
// clause's subject.
int RepairDayBeforeThatClause(Tree& t) {
  int n = 0;
  for (int k = 1; k + 2 < t.size(); ++k) {
    if (!t.TimeWord(k) || t.Base(k) != "nsubj") continue;
    const int v = t.Parent(k), said = k - 1;
    const int mark = v >= 0 ? t.ChildWithBase(v, "mark") : -1;
    if (v < 0 || t.Parent(v) != said || t.Upos(said) != "VERB" || mark != k + 1 ||
        !t.FormIs(mark, "that"))
      continue;
    t.Attach(k, said, "obl:tmod");
    ++n;
  }
  return n;
}

// Repair 99: "the Committee(obl) to Protect(advcl) Journalists said": a
// name the actor dictionary knows, written in title case, that holds a verb
// or "to" is one name, not a clause: its words hang on its first (flat), as
// proper nouns, and what hung on them from outside hangs on the first.
int RepairNameReadAsClause(Tree& t, const dict::Dictionaries& dicts) {
  // (cheap first: a capitalised verb inside the sentence)
  bool any = false;
  for (int i = 1; i < t.size() && !any; ++i) any = t.Upos(i) == "VERB" && t.Capitalised(i);
  if (!any) return 0;
  int n = 0;
  for (const dict::ActorMatch& m : dicts.MatchActors(dict::WordSequence(t.words()), 0)) {
    const int b = static_cast<int>(m.begin), e = static_cast<int>(m.end);
    if (e - b < 3 || e > t.size() || !t.Capitalised(b) || !t.Capitalised(e - 1)) continue;
    bool verb = false, title = true;
    for (int k = b + 1; k < e; ++k) {
      verb = verb || t.Upos(k) == "VERB";
      // (function words in lower case: "to", "for", "of", "the")
      title = title && (t.Capitalised(k) || OneOf(t.Upos(k), {"PART", "ADP", "DET", "CCONJ"}));
    }
    if (!verb || !title || t.Spans(b + 1, e, b)) continue;
    // (the name's first word must not hang below its other words)
    bool below = false;
    for (int k = b + 1; k < e; ++k) below = below || t.InSubtree(b, k);
    if (below) continue;
    for (int k = b + 1; k < e; ++k)
      for (int c : t.Children(k))
        if (c < b || c >= e) t.Attach(c, b, t.at(c).deprel);
    for (int k = b + 1; k < e; ++k) {
      if (t.Capitalised(k)) t.SetTag(k, "PROPN", "NNP");
      t.Attach(k, b, "flat");
    }
    t.SetTag(b, "PROPN", "NNP");
    ++n;
  }
  return n;
}

// Repair 100: "called the U.S.(nsubj) strikes(VBZ, compound) murder": an
// "-s" verb with a subject, modifying a noun as a compound, is a plural
// noun, its "subject" that noun's compound, and a determiner the parser hung
// on the clause before it is the phrase's.
int RepairVerbReadAsCompound(Tree& t) {
  int n = 0;
  for (int w = 1; w + 1 < t.size(); ++w) {
    const int h = t.Parent(w);
    // (an "-s" form with a subject of its own before it: not a hyphened
    // compound, "the check-in(VERB, compound) counters", which UD allows)
    if (t.Upos(w) != "VERB" || t.Rel(w) != "compound" || h <= w || !t.Nominal(h) ||
        t.at(w).xpos != "VBZ" || t.FormIs(w - 1, "-") || t.FormIs(w + 1, "-") ||
        t.ChildWithBase(w, "nsubj") < 0 || t.ChildWithBase(w, "nsubj") > w)
      continue;
    // (only in what a verb of naming names: a quoted "polluter pays"
    // fees is a compound in UD)
    if (t.Parent(h) < 0 || !t.LemmaIn(t.Parent(h), {"call", "brand", "label", "term", "dub",
                                                    "describe", "deem", "consider", "declare"}))
      continue;
    t.SetTag(w, "NOUN", "NNS");
    for (int k : t.Children(w))
      if (t.Base(k) == "nsubj" && k < w) t.Attach(k, h, "compound");
    // (the determiner of the phrase: "the(obj of called) U.S. strikes murder")
    for (int k = w - 1; k >= 0 && k >= w - 4; --k)
      if (t.Upos(k) == "DET" && t.Base(k) == "obj" && t.Children(k).empty()) {
        bool inside = true;
        for (int x = k + 1; x < w; ++x) inside = inside && t.InSubtree(x, h);
        if (inside) t.Attach(k, h, "det");
        break;
      }
    ++n;
  }
  return n;
}

// Repair 96 (headlines): "Hezbollah(compound) Fires(NNS, nsubj)
// Rockets(VBZ, root) at Northern Israel", "Venezuela Frees(NNS, nsubj)
// Detained(VBD, root) Americans": an "-s" word after an opening name, read
// as the subject's plural noun, whose lemma the verb dictionary knows, is
// the verb, when the word after it that the parser made the verb is an
// "-s" word the dictionary does not know as a verb (a plural: the object) or
// a past form before a noun (a participle modifying it).
int RepairHeadlinePresentReadAsSubject(Tree& t, const dict::Dictionaries& dicts) {
  int i = 0;
  while (i < t.size() && t.Upos(i) == "PROPN") ++i;
  const int v = i, r = i + 1;
  if (i == 0 || r >= t.size() || t.Root() != r || t.Parent(v) != r || t.Base(v) != "nsubj" ||
      t.at(v).xpos != "NNS" || t.at(v).form.back() != 's' || !t.Capitalised(v))
    return 0;
  if (!t.Spans(0, v, v)) return 0;  // the name is the "subject's" compound
  if (dicts.FindVerbs(t.Lower(v)).empty() && dicts.FindVerbs(t.at(v).lemma).empty()) return 0;
  const std::string& rf = t.at(r).form;
  const bool plural = t.at(r).xpos == "VBZ" && rf.size() > 3 && rf.back() == 's' &&
                      dicts.FindVerbs(t.Lower(r)).empty() && dicts.FindVerbs(t.at(r).lemma).empty();
  const int object = t.ChildWithBase(r, "obj");
  const bool participle =
      (t.at(r).xpos == "VBD" || t.at(r).xpos == "VBN") && t.EdForm(r) && object == r + 1;
  if (!plural && !participle) return 0;
  std::vector<int> movers = t.Children(r);
  t.SetTag(v, "VERB", "VBZ");
  t.Attach(v, -1, "root");
  for (int k = 0; k < v; ++k)
    if (t.Parent(k) == v) t.Attach(k, v, k == v - 1 ? "nsubj" : t.at(k).deprel);
  // (the name's last word heads it: "Northern Ireland" -> Ireland)
  const int name = v - 1;
  for (int k = 0; k < name; ++k)
    if (t.Parent(k) == v) t.Attach(k, name, "compound");
  if (plural) {
    t.SetTag(r, "NOUN", "NNS");
    t.Attach(r, v, "obj");
    for (int k : movers)
      if (k != v) t.Attach(k, k > r && t.Base(k) == "obl" ? v : r, t.at(k).deprel);
  } else {
    t.SetTag(r, "VERB", "VBN");
    t.Attach(object, v, "obj");
    t.Attach(r, object, "amod");
    for (int k : movers)
      if (k != v && k != object) t.Attach(k, v, t.at(k).deprel);
  }
  return 1;
}

int RepairWordsOrFail(const std::vector<Word>& in, const dict::Dictionaries* dicts,
                      std::vector<Word>* out) {
  if (in.empty()) return 0;
  for (const Word& w : in)
    if (w.head < 0) return 0;  // unparsed
  Tree t(in);
  if (!t.Valid()) return 0;
  int n = RepairPunctuationHeads(t);
  n += RepairSplitHyphenatedName(t);
  n += RepairPrepositionOfCompound(t);
  n += RepairNameConjunctAsCompound(t);
  n += RepairHyphenatedParticipleAfterTo(t);
  n += RepairGerundOfPeopleNoun(t);
  n += RepairRelativeSubjectOfSaidClause(t);
  n += RepairAdjectiveWithObject(t);
  n += RepairGerundCompoundNoun(t);
  n += RepairNamesListedAfterInnerName(t);
  n += RepairRelativeClauseAfterComma(t);
  n += RepairBetweenPhraseSubject(t);
  if (dicts != nullptr) n += RepairActorTags(t, *dicts);
  if (dicts != nullptr) n += RepairNameReadAsClause(t, *dicts);
  n += RepairAboutTo(t);
  n += RepairModalHeads(t, dicts);
  n += RepairNominalRoot(t);
  n += RepairVerbReadAsAdjective(t);
  n += RepairVerbReadAsAdjectiveOfObject(t);
  n += RepairVerbReadAsAdjectiveOfSubject(t);
  n += RepairDateline(t);  // before the subjects: the dateline hides one
  n += RepairClauseUnderReportingSubject(t);
  n += RepairParticipleBeforeSecondSubject(t);  // before the double subjects
  n += RepairPrepositionAsSubordinator(t);
  n += RepairBareNameBeforeSubject(t);
  n += RepairDoubleSubjects(t);
  if (dicts != nullptr) n += RepairTitleNames(t, *dicts);
  n += RepairNominalAdvcl(t);
  n += RepairClauseReadAsNounPhrase(t);
  n += RepairSubordinatorAsCase(t);
  n += RepairReportingClause(t);
  n += RepairSubjectOfClosingReport(t);
  n += RepairAdverbRoot(t);
  n += RepairPossessiveConjunct(t);
  n += RepairControlComplement(t);
  if (dicts != nullptr) n += RepairTimeWordRoot(t, *dicts);
  n += RepairCommaAdjectives(t);
  n += RepairCoordinatedGerundModifier(t);
  if (dicts != nullptr) n += RepairBareInfinitive(t, *dicts);
  n += RepairAdjectiveObjectBeforeVerb(t);
  n += RepairReportsNoun(t);
  n += RepairDayHeadingName(t);
  n += RepairSubjectAfterVerb(t);
  n += RepairSubjectOfPrepositionalNoun(t);
  n += RepairVerbInNounPlace(t);
  n += RepairHeadlinePassive(t);
  n += RepairCrossingNoun(t);
  n += RepairAgentOfParticiple(t);
  n += RepairPastConjunctOfModalClause(t);
  n += RepairPhraseAfterSubjectNoun(t);
  n += RepairPlacePrepositionAsAdjective(t);
  n += RepairSubordinateRoot(t);
  n += RepairInfinitiveOfOfferNoun(t);
  if (dicts != nullptr) n += RepairInfinitiveReadAsCompound(t, *dicts);
  n += RepairAccusedOfAsClause(t);
  n += RepairFollowingAsClause(t);
  n += RepairPossessorOfVerb(t);
  n += RepairVerbConjunctReadAsAdjective(t);
  n += RepairParticipleBeforeSubordinateRoot(t);
  n += RepairWithPhraseOfTalks(t);
  n += RepairToDeath(t);
  n += RepairVerbAfterRelativeClause(t);
  n += RepairCoordinatedModifiers(t);
  n += RepairParticipleReadAsAdjective(t);
  n += RepairCoordinatedCompound(t);
  n += RepairNamingSmallClause(t);
  n += RepairNationalityConjunctOfNoun(t);
  n += RepairNominalRootBeforeCoordinatedSubject(t);
  n += RepairAgentUnderOblique(t);
  n += RepairPluralCompoundOfGerund(t);
  n += RepairAppealConjunctOfReport(t);
  n += RepairObjectOfGerundClause(t);
  n += RepairAskedInfinitiveAfterRelativeClause(t);
  n += RepairObjectBeforeSubordinateClause(t);
  n += RepairClauseReadAsConjoinedNouns(t);
  n += RepairRootReadFromRelativeClause(t);
  n += RepairPrepositionalSubjectOfInfinitive(t);
  n += RepairClauseVerbReadAsModifier(t);
  n += RepairNameSplitFromTitle(t);
  n += RepairTimeBeforeSubordinator(t);
  n += RepairSubordinatorReadAsPreposition(t);
  n += RepairReportSubjectSplitFromTitle(t);
  n += RepairGerundWithMarkReadAsModifier(t);
  n += RepairSubordinateClauseReadAsNounPhrase(t);
  n += RepairHeadlineVerbReadAsCompound(t);
  n += RepairPrepositionBeforeWhatClause(t);
  n += RepairThatClauseReadAsRelative(t);
  n += RepairRootNounBeforeParticipleWithObject(t);
  n += RepairDealPartnerReadAsAbsoluteClause(t);
  n += RepairObjectReadAsSubjectOfConjunct(t);
  n += RepairListedSubjectReadAsCompoundOfVerb(t);
  n += RepairInfinitiveReadAsClausalSubject(t);
  n += RepairReportingConjunctReadAsAdjective(t);
  n += RepairSecondActReadAsReportedVerb(t);
  n += RepairNamesAfterTheAddressee(t);
  if (dicts != nullptr) n += RepairHeadlinePresentReadAsSubject(t, *dicts);
  n += RepairParticipleAfterObjectReadAsComplement(t);
  n += RepairDayBeforeThatClause(t);
  n += RepairVerbReadAsCompound(t);
  if (n == 0 || !t.changed()) return 0;
  if (!t.Valid()) return -1;
  *out = t.Take();
  return n;
}

}  // namespace

int RepairWords(const std::vector<Word>& words, const dict::Dictionaries* dicts,
                std::vector<Word>* repaired) {
  std::vector<Word> out;
  int n = RepairWordsOrFail(words, dicts, &out);
  if (n <= 0) return 0;
  *repaired = std::move(out);
  return n;
}

int RepairSentence(Sentence* sentence, const dict::Dictionaries* dicts) {
  std::vector<Word> repaired;
  int n = RepairWords(sentence->words, dicts, &repaired);
  if (n > 0) sentence->words = std::move(repaired);
  return n;
}

}  // namespace parley::code
