#include "parley/nlp/model.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>

namespace parley::nlp {

namespace {

constexpr char kMagic[8] = {'P', 'A', 'R', 'L', 'E', 'Y', 'M', '\0'};
constexpr size_t kHeaderSize = 8 + 4 + 8 + 8;

uint64_t checksum(const char* data, size_t size) {
  uint64_t h = 0xcbf29ce484222325ULL;
  size_t i = 0;
  for (; i + 8 <= size; i += 8) {
    uint64_t w;
    std::memcpy(&w, data + i, 8);
    h = (h ^ w) * 0x100000001b3ULL;
  }
  for (; i < size; ++i) h = (h ^ static_cast<unsigned char>(data[i])) * 0x100000001b3ULL;
  return h;
}

}  // namespace

Status Model::Save(const std::string& path) const {
  BinaryWriter payload;
  payload.str(description);
  tagger.save(&payload);
  lemmatizer.save(&payload);
  parser.save(&payload);
  const std::string& body = payload.buffer();
  BinaryWriter header;
  header.buffer().append(kMagic, 8);
  header.pod<uint32_t>(kModelVersion);
  header.pod<uint64_t>(body.size());
  header.pod<uint64_t>(checksum(body.data(), body.size()));
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) return Status::IOError(path + ": cannot open model file for writing");
  out.write(header.buffer().data(), static_cast<std::streamsize>(header.buffer().size()));
  out.write(body.data(), static_cast<std::streamsize>(body.size()));
  out.close();
  if (!out) return Status::IOError(path + ": error writing model file");
  return Status::OK();
}

Status Model::Load(const std::string& path, std::unique_ptr<Model>* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in)
    return Status::NotFound(path + ": model file not found (set PARLEY_MODEL or use --model FILE)");
  std::string data((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) return Status::IOError(path + ": error reading model file");
  if (data.size() < 8 || std::memcmp(data.data(), kMagic, 8) != 0)
    return Status::InvalidInput(path + ": not a parley model (bad magic)");
  if (data.size() < kHeaderSize)
    return Status::InvalidInput(path + ": truncated model file (incomplete header)");
  BinaryReader header(data.data() + 8, kHeaderSize - 8);
  uint32_t version = 0;
  uint64_t size = 0, sum = 0;
  header.pod(&version);
  header.pod(&size);
  header.pod(&sum);
  if (version < kOldestModelVersion || version > kModelVersion)
    return Status::InvalidInput(path + ": model format version " + std::to_string(version) +
                                ", this parley reads versions " +
                                std::to_string(kOldestModelVersion) + " to " +
                                std::to_string(kModelVersion) + " (retrain with `parley train`)");
  if (data.size() - kHeaderSize < size)
    return Status::InvalidInput(path + ": truncated model file (" +
                                std::to_string(data.size() - kHeaderSize) + " of " +
                                std::to_string(size) + " payload bytes)");
  if (data.size() - kHeaderSize > size)
    return Status::InvalidInput(path + ": model file has trailing bytes");
  const char* body = data.data() + kHeaderSize;
  if (checksum(body, size) != sum)
    return Status::InvalidInput(path + ": model file is damaged (checksum mismatch)");
  auto model = std::make_unique<Model>();
  BinaryReader r(body, size);
  if (!r.str(&model->description) || !model->tagger.load(&r, static_cast<int>(version)) ||
      !model->lemmatizer.load(&r) || !model->parser.load(&r) || r.remaining() != 0)
    return Status::InvalidInput(path + ": model file is malformed");
  *out = std::move(model);
  return Status::OK();
}

void Model::Prune(float tagger_min_weight, float parser_min_weight) {
  tagger.prune(tagger_min_weight);
  parser.prune(parser_min_weight);
}

std::string Model::DefaultPath() {
  const char* env = std::getenv("PARLEY_MODEL");
  if (env != nullptr && *env != '\0') return env;
  return std::string(PARLEY_SOURCE_DIR) + "/models/en_ewt.parley";
}

}  // namespace parley::nlp
