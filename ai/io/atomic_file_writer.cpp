#include "ai/io/atomic_file_writer.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <utility>

#include "core/common/errors.h"

namespace ctlite::ai {

AtomicFileWriter::AtomicFileWriter(std::string path) : path_(std::move(path)) {
  // Same folder as the target, so rename() stays within one file system and is atomic.
  temporary_path_ = path_ + ".partial." + std::to_string(::getpid());
  fd_ = ::open(temporary_path_.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
  if (fd_ < 0)
    throw core::OutputError(path_,
                            std::string("cannot create temporary file: ") + std::strerror(errno));
}

AtomicFileWriter::~AtomicFileWriter() {
  if (fd_ >= 0) ::close(fd_);
  if (!committed_) ::unlink(temporary_path_.c_str());
}

void AtomicFileWriter::fail(const std::string& problem) {
  const std::string reason = problem + ": " + std::strerror(errno);
  if (fd_ >= 0) ::close(fd_);
  fd_ = -1;
  ::unlink(temporary_path_.c_str());
  committed_ = true;  // nothing left to clean up
  throw core::OutputError(path_, reason);
}

void AtomicFileWriter::write(const void* data, std::size_t size) {
  if (committed_) throw core::OutputError(path_, "write after commit");
  const char* bytes = static_cast<const char*>(data);
  while (size > 0) {
    // Linux writes at most ~2 GiB per call; loop on short writes.
    const ssize_t written = ::write(fd_, bytes, size);
    if (written < 0) {
      if (errno == EINTR) continue;
      fail("write failed");
    }
    bytes += written;
    size -= static_cast<std::size_t>(written);
  }
}

void AtomicFileWriter::commit() {
  if (committed_) return;
  if (::fsync(fd_) != 0) fail("cannot flush to disk");
  if (::close(fd_) != 0) {
    fd_ = -1;
    fail("cannot close");
  }
  fd_ = -1;
  if (std::rename(temporary_path_.c_str(), path_.c_str()) != 0) fail("cannot rename into place");
  committed_ = true;
}

}  // namespace ctlite::ai
