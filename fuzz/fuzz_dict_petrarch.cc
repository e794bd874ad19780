// Feeds arbitrary bytes to every PETRARCH dictionary reader (and parley's own),
// then matches a few phrases: nothing may crash, hang or leak.
#include <cstddef>
#include <cstdint>
#include <string>

#include "parley/dict/dictionary.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  parley::dict::DictionaryBuilder b;
  b.AddPetrarchVerbs(text, "fuzz.verbs");
  b.AddPetrarchActors(text, "fuzz.actors");
  b.AddPetrarchAgents(text, "fuzz.agents");
  b.AddPetrarchDiscards(text, "fuzz.discards");
  b.AddPetrarchIssues(text, "fuzz.issues");
  b.AddParleyActors(text, "countries.txt", true);
  b.AddParleyVerbs(text, "verbs.txt");
  b.AddParleyPlaces(text, "places.txt");
  auto d = b.Build();
  parley::dict::WordSequence seq = parley::dict::WordSequence::FromPhrase(text.substr(0, 200));
  d->MatchActors(seq, 20200101);
  d->MatchAgents(seq);
  d->MatchDiscards(seq);
  d->MatchIssues(seq);
  if (seq.size() > 0) {
    d->FindVerbs(seq.form(0));
    d->PlaceCountryOf(seq.form(0));
  }
  return 0;
}
