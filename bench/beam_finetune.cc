// EXPERIMENT: global fine-tuning of the shipped parser (Parser::fine_tune_beam)
//
//   beam_finetune MODEL TRAIN.conllu DEV.conllu BEAM EPOCHS SCALE
//
// Tags TRAIN with MODEL's tagger (not jackknifed), fine-tunes, and prints dev
// UAS/LAS after each epoch decoded greedily and with beams 4 and 8
// (PARLEY_BEAM, read by the pipeline).
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <memory>
#include <random>
#include <string>
#include <vector>

#include "parley/eval/ud_eval.h"
#include "parley/nlp/model.h"
#include "parley/nlp/train.h"

using namespace parley;
using namespace parley::nlp;

int main(int argc, char** argv) {
  if (argc < 7) return 2;
  std::unique_ptr<Model> model;
  Status s = Model::Load(argv[1], &model);
  if (!s.ok()) return std::fprintf(stderr, "%s\n", s.ToString().c_str()), 1;
  std::vector<Sentence> train;
  std::vector<Document> dev;
  s = read_conllu_sentences(argv[2], &train);
  if (s.ok()) s = read_gold_conllu(argv[3], &dev);
  if (!s.ok()) return std::fprintf(stderr, "%s\n", s.ToString().c_str()), 1;
  const int beam = std::atoi(argv[4]), epochs = std::atoi(argv[5]);
  const float scale = static_cast<float>(std::atof(argv[6]));
  std::map<std::string, int> label_id;
  const auto& labels = model->parser.labels();
  for (size_t i = 0; i < labels.size(); ++i) label_id[labels[i]] = static_cast<int>(i);
  std::vector<ParseInput> inputs(train.size());
  std::vector<std::string_view> forms;
  for (size_t i = 0; i < train.size(); ++i) {
    const auto& words = train[i].words;
    forms.clear();
    for (const auto& w : words) {
      inputs[i].forms.push_back(w.form);
      int head = w.head;
      if (head < 0 || head > static_cast<int>(words.size())) head = 0;
      inputs[i].heads.push_back(head);
      auto it = label_id.find(w.deprel);
      inputs[i].labels.push_back(it == label_id.end() ? 0 : it->second);
    }
    forms.assign(inputs[i].forms.begin(), inputs[i].forms.end());
    model->tagger.tag(forms, &inputs[i].tags);
  }
  auto report = [&](const char* what) {
    for (const char* b : {"0", "4", "8"}) {
      setenv("PARLEY_BEAM", b, 1);
      DevScores d = evaluate_model(*model, dev);
      std::printf("%s beam %s: dev UAS %.2f LAS %.2f\n", what, b, d.uas, d.las);
      std::fflush(stdout);
    }
  };
  auto t0 = std::chrono::steady_clock::now();
  std::mt19937_64 rng(1);
  model->parser.fine_tune_beam(inputs, beam, epochs, scale, &rng, [&](int epoch) {
    double sec =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    std::printf("epoch %d done at %.0fs\n", epoch + 1, sec);
    report("fine-tuned");
  });
  return 0;
}
