// UD dependency relation names as the coder and the parse repairs read them.
// Parses from older tools (PETRARCH's validation files, UDPipe 1 models)
// carry UD v1 labels; each maps onto one UD v2 relation.
#pragma once

#include <string_view>

namespace parley::code {

// The UD v2 name of `rel` ("dobj" -> "obj", "nsubjpass" -> "nsubj:pass",
// "neg" -> "advmod", ...); v2 names come back unchanged. The result views
// `rel` or a string literal.
inline std::string_view UdV2Relation(std::string_view rel) {
  // By length first: the coder and the parse repairs ask for every word's
  // relation many times per sentence, and most are v2 names already.
  switch (rel.size()) {
    case 3:
      if (rel == "neg") return "advmod";
      if (rel == "mwe") return "fixed";
      break;
    case 4:
      if (rel == "dobj") return "obj";
      if (rel == "name") return "flat";
      break;
    case 7:
      if (rel == "auxpass") return "aux:pass";
      break;
    case 9:
      if (rel == "nsubjpass") return "nsubj:pass";
      if (rel == "csubjpass") return "csubj:pass";
      break;
    case 10:
      if (rel == "nmod:agent") return "obl:agent";
      break;
  }
  return rel;
}

// The relation without its subtype: "nsubj:pass" -> "nsubj".
inline std::string_view RelationBase(std::string_view rel) { return rel.substr(0, rel.find(':')); }

}  // namespace parley::code
