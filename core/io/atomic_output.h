#pragma once
// Outputs that appear complete or not at all: everything is written under a temporary name
// beside the destination (same file system) and renamed into place on commit(). Destroying an
// uncommitted output (an exception, a cancel) removes the temporary, so no partial file or
// folder is ever left where a user or another tool could pick it up.

#include <string>

namespace ctlite::core {

class AtomicFile {
 public:
  // Creates an empty temporary file beside `destination`; OutputError if that is impossible.
  explicit AtomicFile(std::string destination);
  ~AtomicFile();
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;

  const std::string& temp_path() const { return temp_path_; }
  const std::string& destination() const { return destination_; }
  // Renames the temporary over the destination (replacing an existing file).
  void commit();

 private:
  std::string destination_;
  std::string temp_path_;
  bool committed_ = false;
};

class AtomicDirectory {
 public:
  // `destination` must not exist yet (a writer never mixes its files into an existing folder);
  // its parent must. Creates an empty temporary folder beside it.
  explicit AtomicDirectory(std::string destination);
  ~AtomicDirectory();
  AtomicDirectory(const AtomicDirectory&) = delete;
  AtomicDirectory& operator=(const AtomicDirectory&) = delete;

  const std::string& temp_path() const { return temp_path_; }
  const std::string& destination() const { return destination_; }
  void commit();

 private:
  std::string destination_;
  std::string temp_path_;
  bool committed_ = false;
};

}  // namespace ctlite::core
