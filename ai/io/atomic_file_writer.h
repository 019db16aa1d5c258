#pragma once
// Writes a file so that no partial output is ever left under the final name: the bytes go to a
// temporary file beside the target, which is flushed to disk and renamed over the target only by
// commit(). Without commit() (an exception, a cancelled run) the temporary file is removed.

#include <cstddef>
#include <string>

namespace ctlite::ai {

class AtomicFileWriter {
 public:
  // Throws core::OutputError naming `path` when the temporary file cannot be created.
  explicit AtomicFileWriter(std::string path);
  ~AtomicFileWriter();
  AtomicFileWriter(const AtomicFileWriter&) = delete;
  AtomicFileWriter& operator=(const AtomicFileWriter&) = delete;

  void write(const void* data, std::size_t size);
  void commit();

  const std::string& path() const { return path_; }

 private:
  void fail(const std::string& problem);

  std::string path_;
  std::string temporary_path_;
  int fd_ = -1;
  bool committed_ = false;
};

}  // namespace ctlite::ai
