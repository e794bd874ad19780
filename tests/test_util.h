// Helpers shared by the tests.
#pragma once

#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cstdio>
#include <filesystem>
#include <string>

namespace parley::testing {

// The repository root (for data/, models/, examples/).
inline std::string source_dir() { return PARLEY_SOURCE_DIR; }

// ../shared beside the repository, or "" when it is absent.
inline std::string shared_dir() {
  std::filesystem::path p = std::filesystem::path(PARLEY_SOURCE_DIR) / ".." / "shared";
  return std::filesystem::exists(p / "data") ? p.lexically_normal().string() : "";
}

// The parley binary built beside the tests, for end-to-end tests.
inline std::string parley_binary() { return PARLEY_BINARY; }

// Runs a shell command and returns its standard output; *status (when given)
// gets the exit status, -1 when the command could not run or was killed.
inline std::string RunCommand(const std::string& cmd, int* status = nullptr) {
  std::string out;
  if (status) *status = -1;
  FILE* p = popen(cmd.c_str(), "r");
  if (!p) return out;
  char buf[65536];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
  int rc = pclose(p);
  if (status) *status = WIFEXITED(rc) ? WEXITSTATUS(rc) : -1;
  return out;
}

}  // namespace parley::testing

// Skips the current test with a clear message when ../shared is absent.
#define PARLEY_REQUIRE_SHARED()                                                       \
  do {                                                                                \
    if (parley::testing::shared_dir().empty())                                        \
      GTEST_SKIP() << "../shared is absent: skipping test that needs reference data"; \
  } while (0)
