#pragma once
// Errors that reach the user: each names the file (or object) and the problem, in one line.

#include <stdexcept>
#include <string>

namespace ctlite::core {

// Bad or unsupported input: corrupt file, missing tag, wrong shape, inconsistent series.
class InputError : public std::runtime_error {
 public:
  InputError(const std::string& path, const std::string& problem)
      : std::runtime_error(path.empty() ? problem : path + ": " + problem),
        path_(path),
        problem_(problem) {}
  const std::string& path() const { return path_; }
  const std::string& problem() const { return problem_; }

 private:
  std::string path_;
  std::string problem_;
};

// Could not write an output (full disk, permission, refusing to write into an input folder).
class OutputError : public std::runtime_error {
 public:
  OutputError(const std::string& path, const std::string& problem)
      : std::runtime_error(path + ": " + problem) {}
};

}  // namespace ctlite::core
