#include "parley/nlp/train.h"

#include <chrono>
#include <cstdio>
#include <fstream>
#include <map>
#include <set>

#include "parley/doc/conllu.h"
#include "parley/eval/ud_eval.h"
#include "parley/nlp/pipeline.h"

namespace parley::nlp {

namespace {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point t0) {
  return std::chrono::duration<double>(Clock::now() - t0).count();
}

std::string fmt(const char* f, double a) {
  char buf[64];
  std::snprintf(buf, sizeof buf, f, a);
  return buf;
}

}  // namespace

Status parse_components(const std::string& list, TrainOptions* options) {
  options->train_tagger = options->train_lemmatizer = options->train_parser = false;
  size_t start = 0;
  while (start <= list.size()) {
    size_t comma = list.find(',', start);
    if (comma == std::string::npos) comma = list.size();
    std::string name = list.substr(start, comma - start);
    if (name == "tagger")
      options->train_tagger = true;
    else if (name == "lemmatizer")
      options->train_lemmatizer = true;
    else if (name == "parser")
      options->train_parser = true;
    else
      return Status::InvalidInput("unknown model component '" + name +
                                  "' (expected tagger, lemmatizer or parser)");
    start = comma + 1;
  }
  return Status::OK();
}

Status read_conllu_sentences(const std::string& path, std::vector<Sentence>* out) {
  std::ifstream in(path);
  if (!in) return Status::NotFound(path + ": cannot open");
  ConlluReader reader(&in, path);
  Document doc;
  Status error;
  while (true) {
    error = Status::OK();
    doc = Document();
    bool more = reader.next(&doc, &error);
    if (!error.ok()) return error;
    for (auto& s : doc.sentences) out->push_back(std::move(s));
    if (!more) break;
  }
  if (out->empty()) return Status::InvalidInput(path + ": no sentences");
  return Status::OK();
}

DevScores evaluate_model(const Model& model, const std::vector<Document>& gold,
                         const ParseSearch& search) {
  // The CoNLL 2018 metrics of `parley eval ud` (aligned accuracy; with gold
  // tokenization every word is aligned), so training logs and floors read
  // the same figures as the evaluation.
  Pipeline pipeline(std::shared_ptr<const Model>(&model, [](const Model*) {}));
  pipeline.set_parse_search(search);
  std::vector<Document> system;
  make_system_documents(
      gold, /*raw=*/false, [&](Document* doc) { pipeline.analyze(doc); }, &system);
  UdScores u;
  if (!evaluate(gold, system, &u).ok()) return DevScores{};
  return DevScores{u.upos.aligned_accuracy(),   u.xpos.aligned_accuracy(),
                   u.ufeats.aligned_accuracy(), u.lemmas.aligned_accuracy(),
                   u.uas.aligned_accuracy(),    u.las.aligned_accuracy()};
}

Status train_model(const TrainOptions& o, Model* model, std::ostream& log) {
  auto t0 = Clock::now();
  std::vector<Sentence> train;
  std::vector<Document> dev;
  Status s = read_conllu_sentences(o.train_path, &train);
  if (!s.ok()) return s;
  if (!o.dev_path.empty()) {
    s = read_gold_conllu(o.dev_path, &dev);
    if (!s.ok()) return s;
  }
  size_t dev_sentences = 0;
  for (const Document& d : dev) dev_sentences += d.sentences.size();
  log << "parley train: " << train.size() << " training sentences, " << dev_sentences
      << " dev sentences\n";
  const bool partial = !(o.train_tagger && o.train_lemmatizer && o.train_parser);
  std::string base_description;
  if (!o.base_path.empty()) {
    std::unique_ptr<Model> base;
    s = Model::Load(o.base_path, &base);
    if (!s.ok()) return s;
    *model = std::move(*base);
    base_description = model->description;
    log << "parley train: starting from " << o.base_path << ", training"
        << (o.train_tagger ? " tagger" : "") << (o.train_lemmatizer ? " lemmatizer" : "")
        << (o.train_parser ? " parser" : "") << "\n";
  } else if (partial) {
    return Status::InvalidInput("training only some components needs a base model");
  }
  std::mt19937_64 rng(o.seed);

  // Tag and label inventories (sorted, so ids do not depend on input order).
  std::set<std::string> tag_set, label_set{"root"};
  for (const auto& sent : train)
    for (const auto& w : sent.words) {
      tag_set.insert(w.upos + "\t" + w.xpos);
      label_set.insert(w.deprel);
    }
  std::vector<std::string> tag_names(tag_set.begin(), tag_set.end());
  std::vector<std::string> label_names(label_set.begin(), label_set.end());
  if (label_names.size() > 64)
    return Status::InvalidInput(o.train_path + ": more than 64 dependency relations");
  if (partial && model->tagger.tags() != tag_names)
    return Status::InvalidInput(o.base_path + ": the base model's tag set differs from " +
                                o.train_path + "'s; retrain all components");
  std::map<std::string, int> tag_id, label_id;
  for (size_t i = 0; i < tag_names.size(); ++i) tag_id[tag_names[i]] = static_cast<int>(i);
  for (size_t i = 0; i < label_names.size(); ++i) label_id[label_names[i]] = static_cast<int>(i);

  std::vector<TaggedSentence> tagged(train.size());
  std::vector<ParseInput> parse_inputs(train.size());
  for (size_t i = 0; i < train.size(); ++i) {
    for (const auto& w : train[i].words) {
      tagged[i].forms.push_back(w.form);
      tagged[i].tags.push_back(tag_id[w.upos + "\t" + w.xpos]);
      parse_inputs[i].forms.push_back(w.form);
      int head = w.head;
      if (head < 0 || head > static_cast<int>(train[i].words.size())) head = 0;
      parse_inputs[i].heads.push_back(head);
      parse_inputs[i].labels.push_back(label_id[w.deprel]);
    }
    parse_inputs[i].tags = tagged[i].tags;
  }

  // Estimated total work in "tagger epochs" for the ETA: a parser epoch
  // costs about three tagger epochs.
  const int folds = o.train_parser && o.jackknife_folds > 1 ? o.jackknife_folds : 0;
  const int tagger_epochs = o.tagger_iterations * std::max(1, o.tagger_members);
  const double total_units = folds * tagger_epochs * (folds - 1.0) / std::max(folds, 1) +
                             (o.train_tagger ? tagger_epochs : 0) +
                             (o.train_parser ? 3.0 * o.parser.iterations * o.parser.members : 0) +
                             1;
  double done_units = 0;
  auto eta = [&]() {
    double el = seconds_since(t0);
    double rest = done_units > 0 ? el / done_units * (total_units - done_units) : 0;
    return "elapsed " + fmt("%.0f", el) + "s, ETA " + fmt("%.0f", rest) + "s";
  };

  // (1) Jackknifed tags for the parser.
  for (int f = 0; f < folds; ++f) {
    std::vector<TaggedSentence> part;
    for (size_t i = 0; i < tagged.size(); ++i)
      if (static_cast<int>(i % folds) != f) part.push_back(tagged[i]);
    Tagger fold_tagger;
    fold_tagger.train(tag_names, part, o.tagger_iterations, &rng, nullptr, 0.01f, o.tagger_members);
    int64_t n = 0, ok = 0;
    std::vector<std::string_view> forms;
    for (size_t i = f; i < tagged.size(); i += folds) {
      forms.assign(tagged[i].forms.begin(), tagged[i].forms.end());
      fold_tagger.tag(forms, &parse_inputs[i].tags);
      for (size_t j = 0; j < forms.size(); ++j, ++n)
        ok += parse_inputs[i].tags[j] == tagged[i].tags[j];
    }
    done_units += tagger_epochs * (folds - 1.0) / folds;
    log << "jackknife fold " << f + 1 << "/" << folds << ": held-out tag accuracy "
        << fmt("%.2f", 100.0 * ok / std::max<int64_t>(n, 1)) << "%, " << eta() << "\n"
        << std::flush;
  }

  // (2) Lemmas and features (needed by the dev scores shown below).
  std::vector<LemmaExample> examples;
  for (size_t i = 0; i < train.size(); ++i)
    for (size_t j = 0; j < train[i].words.size(); ++j) {
      const Word& w = train[i].words[j];
      examples.push_back(LemmaExample{w.form, tagged[i].tags[j], w.lemma, w.feats});
    }
  if (o.train_lemmatizer) model->lemmatizer.train(examples);

  // (3) Final tagger.
  bool parser_ready = !o.train_parser;
  auto show = [&](const std::string& stage, int it, int total) {
    std::string line = stage + " epoch " + std::to_string(it + 1) + "/" + std::to_string(total);
    if (!dev.empty()) {
      DevScores d = evaluate_model(*model, dev);
      line += ": dev UPOS " + fmt("%.2f", d.upos) + " XPOS " + fmt("%.2f", d.xpos) + " Feats " +
              fmt("%.2f", d.feats) + " Lemma " + fmt("%.2f", d.lemma);
      if (parser_ready) line += " UAS " + fmt("%.2f", d.uas) + " LAS " + fmt("%.2f", d.las);
    }
    log << line << ", " << eta() << "\n" << std::flush;
  };
  // A placeholder parser so the pipeline (evaluate_model) can run while the
  // tagger trains (zero epochs are not allowed; the dev scores printed for
  // the tagger stage leave out the parse).
  if (o.train_parser) {
    std::vector<ParseInput> tiny(parse_inputs.begin(), parse_inputs.begin() + 1);
    std::mt19937_64 scratch(0);
    model->parser.train(label_names, tiny, 1, &scratch, nullptr);
  }
  if (o.train_tagger) {
    const double tagger_start = done_units;
    // A base model's tagger may have an older feature set: train the current.
    model->tagger.set_feature_set(Tagger::kFeatureSet);
    model->tagger.train(
        tag_names, tagged, o.tagger_iterations, &rng,
        [&](int it) {
          done_units = tagger_start + it + 1;
          show("tagger", it, tagger_epochs);
        },
        o.tagger_min_weight, o.tagger_members);
  }
  if (o.train_parser && folds == 0) {
    // Without jackknifing the parser still trains on predicted tags of the
    // final tagger (on its own training data, so close to gold).
    std::vector<std::string_view> forms;
    for (size_t i = 0; i < tagged.size(); ++i) {
      forms.assign(tagged[i].forms.begin(), tagged[i].forms.end());
      model->tagger.tag(forms, &parse_inputs[i].tags);
    }
  }

  // (4) Parser.
  if (o.train_parser) {
    parser_ready = true;
    const double parser_start = done_units;
    ParserTrainOptions po = o.parser;
    // The model file besides the parser's weights: description, tagger,
    // lemmatizer, the parser's labels, the header and alignment (16 KB).
    BinaryWriter rest;
    rest.str(o.description);
    model->tagger.save(&rest);
    model->lemmatizer.save(&rest);
    const size_t rest_bytes = rest.buffer().size() + 16384;
    // "P MB, model about M MB" for a parser of `parser_bytes`.
    auto sizes = [&](size_t parser_bytes) {
      return fmt("%.2f", parser_bytes / 1e6) + " MB, model about " +
             fmt("%.2f", static_cast<double>(parser_bytes + rest_bytes) / 1e6) + " MB";
    };
    auto parser_budget = [&](double mb) -> size_t {
      const double bytes = mb * 1e6 - static_cast<double>(rest_bytes);
      return bytes < 1 ? 1 : static_cast<size_t>(bytes);
    };
    if (o.max_mb > 0) {
      const size_t budget = parser_budget(o.max_mb);
      po.max_bytes = po.max_bytes == 0 ? budget : std::min(po.max_bytes, budget);
    }
    for (const auto& [rule, mb] : o.compare_mb)
      po.compare_cuts.emplace_back(rule, parser_budget(mb));
    po.on_compare = [&](PruneRule rule, size_t bytes) {
      log << "parser cut by " << prune_rule_name(rule) << ": parser weights " << sizes(bytes);
      if (!dev.empty()) {
        DevScores d = evaluate_model(*model, dev);
        log << ": dev UAS " << fmt("%.2f", d.uas) << " LAS " << fmt("%.2f", d.las);
      }
      log << "\n" << std::flush;
    };
    model->parser.train(label_names, parse_inputs, po, &rng, [&](int it) {
      done_units = parser_start + 3.0 * (it + 1);
      show("parser", it, o.parser.iterations * o.parser.members);
    });
    BinaryWriter parser_bytes;
    model->parser.save(&parser_bytes);
    log << "parser: " << sizes(parser_bytes.buffer().size()) << "\n";
  }
  model->description = o.description;
  if (!base_description.empty()) model->description += "; base model: " + base_description;
  if (!dev.empty()) {
    DevScores d = evaluate_model(*model, dev);
    log << "final model (pruned): dev UPOS " << fmt("%.2f", d.upos) << " XPOS "
        << fmt("%.2f", d.xpos) << " Feats " << fmt("%.2f", d.feats) << " Lemma "
        << fmt("%.2f", d.lemma) << " UAS " << fmt("%.2f", d.uas) << " LAS " << fmt("%.2f", d.las)
        << "\n";
  }
  log << "parley train: done in " << fmt("%.0f", seconds_since(t0)) << "s\n" << std::flush;
  return Status::OK();
}

}  // namespace parley::nlp
