#pragma once
// Outputs that appear complete or not at all: everything is written under a hidden temporary
// name beside the destination (same file system) and renamed into place on commit().
// Destroying an uncommitted output (an exception, a cancel) removes the temporary, so no
// partial file or folder is ever left where a user or another tool could pick it up.

#include <string>

namespace ctlite::core {

class AtomicOutput {
 public:
  // An empty temporary file; commit() replaces an existing destination file.
  static AtomicOutput file(const std::string& destination);
  // An empty temporary folder; the destination must not exist (a writer never mixes its files
  // into an existing folder) and must still not exist at commit().
  static AtomicOutput new_folder(const std::string& destination);

  AtomicOutput(AtomicOutput&& other) noexcept;
  AtomicOutput& operator=(AtomicOutput&&) = delete;
  AtomicOutput(const AtomicOutput&) = delete;
  AtomicOutput& operator=(const AtomicOutput&) = delete;
  ~AtomicOutput();

  const std::string& temp_path() const { return temp_path_; }
  const std::string& destination() const { return destination_; }
  // OutputError naming the destination when the rename fails.
  void commit();
  // `text` (an error message) with the temporary's path replaced by the destination's, so that
  // a failure inside the temporary names the file as the user knows it.
  std::string as_final(std::string text) const;

 private:
  AtomicOutput(std::string destination, std::string temp_path, bool folder);

  std::string destination_;
  std::string temp_path_;
  bool folder_ = false;
  bool committed_ = false;
};

}  // namespace ctlite::core
