#include "parley/nlp/model.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <string_view>

#include "parley/util/hash.h"
#include "parley/util/huge_pages.h"

namespace parley::nlp {

namespace {

constexpr char kMagic[8] = {'P', 'A', 'R', 'L', 'E', 'Y', 'M', '\0'};
constexpr size_t kHeaderSize = 8 + 4 + 8 + 8;

uint64_t checksum(const char* data, size_t size) {
  // FNV-1a over 8-byte words (8 times fewer multiplies), then the bytes left.
  uint64_t h = kFnvOffset;
  size_t i = 0;
  for (; i + 8 <= size; i += 8) {
    uint64_t w;
    std::memcpy(&w, data + i, 8);
    h = (h ^ w) * kFnvPrime;
  }
  for (; i < size; ++i) h = fnv1a_extend(h, static_cast<unsigned char>(data[i]));
  return h;
}

}  // namespace

Status Model::Save(const std::string& path) const {
  BinaryWriter payload(kHeaderSize);
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
  // Written to a temporary file renamed over `path`: a model loaded from
  // `path` is mapped, and truncating its file in place would pull the pages
  // from under it (re-saving a model onto its own file is safe this way).
  const std::string tmp = path + ".tmp";
  std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
  if (!out) return Status::IOError(path + ": cannot open model file for writing");
  out.write(header.buffer().data(), static_cast<std::streamsize>(header.buffer().size()));
  out.write(body.data(), static_cast<std::streamsize>(body.size()));
  out.close();
  if (!out || std::rename(tmp.c_str(), path.c_str()) != 0) {
    std::remove(tmp.c_str());
    return Status::IOError(path + ": error writing model file");
  }
  return Status::OK();
}

namespace {

// Reads all of `fd` (`size` bytes) into `dst`; false on a short read.
bool read_all(int fd, char* dst, size_t size) {
  size_t done = 0;
  while (done < size) {
    ssize_t got = ::read(fd, dst + done, size - done);
    if (got < 0 && errno == EINTR) continue;
    if (got <= 0) return false;
    done += static_cast<size_t>(got);
  }
  return true;
}

// The bytes of a model file, read into memory backed by huge pages where the
// kernel gives them (see huge_pages.h). Copied rather than mapped from the
// file: a file mapping stays in 4 KB pages.
Status read_file(const std::string& path, std::shared_ptr<const char>* out, size_t* size) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    if (errno == ENOENT)
      return Status::NotFound(path +
                              ": model file not found (set PARLEY_MODEL or use --model FILE)");
    return Status::IOError(path + ": cannot open model file: " + std::strerror(errno));
  }
  struct stat st;
  if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    ::close(fd);
    return Status::IOError(path + ": not a regular file");
  }
  *size = static_cast<size_t>(st.st_size);
  std::shared_ptr<char> buf = AllocateLargeTable(*size);
  const bool complete = read_all(fd, buf.get(), *size);
  ::close(fd);
  if (!complete) return Status::IOError(path + ": error reading model file");
  *out = std::move(buf);
  return Status::OK();
}

}  // namespace

Status Model::Load(const std::string& path, std::unique_ptr<Model>* out) {
  std::shared_ptr<const char> file;
  size_t file_size = 0;
  Status read = read_file(path, &file, &file_size);
  if (!read.ok()) return read;
  std::string_view data(file.get(), file_size);
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
  // Format version 4 arrays are used in place: the models keep `file` alive.
  BinaryReader r(body, size, static_cast<int>(version), kHeaderSize,
                 std::shared_ptr<const void>(file, file.get()));
  if (!r.str(&model->description) || !model->tagger.load(&r, static_cast<int>(version)) ||
      !model->lemmatizer.load(&r) || !model->parser.load(&r) || r.remaining() != 0)
    return Status::InvalidInput(path + ": model file is malformed");
  *out = std::move(model);
  return Status::OK();
}

std::string Model::DefaultPath() {
  const char* env = std::getenv("PARLEY_MODEL");
  if (env != nullptr && *env != '\0') return env;
  return std::string(PARLEY_SOURCE_DIR) + "/models/en_ewt.parley";
}

}  // namespace parley::nlp
