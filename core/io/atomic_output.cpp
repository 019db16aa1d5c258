#include "core/io/atomic_output.h"

#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <vector>

#include "core/common/errors.h"

namespace ctlite::core {
namespace {

namespace fs = std::filesystem;

// "<parent>/.<name>.<suffix>XXXXXX": hidden, same folder as the destination so rename() is atomic.
std::vector<char> temp_template(const std::string& destination, const char* suffix) {
  const fs::path target(destination);
  if (target.filename().empty())
    throw OutputError(destination, "output path names a folder, not a file name");
  const fs::path parent = target.parent_path().empty() ? fs::path(".") : target.parent_path();
  std::error_code error;
  if (!fs::is_directory(parent, error))
    throw OutputError(destination, "output folder " + parent.string() + " does not exist");
  const std::string pattern =
      (parent / ("." + target.filename().string() + suffix + "XXXXXX")).string();
  return std::vector<char>(pattern.c_str(), pattern.c_str() + pattern.size() + 1);
}

std::string system_error_text() { return std::strerror(errno); }

}  // namespace

AtomicFile::AtomicFile(std::string destination) : destination_(std::move(destination)) {
  std::vector<char> name = temp_template(destination_, ".partial-");
  const int fd = ::mkstemp(name.data());
  if (fd < 0) throw OutputError(destination_, "cannot create a file: " + system_error_text());
  // mkstemp makes the file private (0600); a finished output gets ordinary permissions.
  ::fchmod(fd, 0644);
  ::close(fd);
  temp_path_ = name.data();
}

AtomicFile::~AtomicFile() {
  if (!committed_) ::unlink(temp_path_.c_str());
}

void AtomicFile::commit() {
  if (committed_) return;
  if (std::rename(temp_path_.c_str(), destination_.c_str()) != 0)
    throw OutputError(destination_,
                      "cannot move the finished file into place: " + system_error_text());
  committed_ = true;
}

AtomicDirectory::AtomicDirectory(std::string destination) : destination_(std::move(destination)) {
  while (destination_.size() > 1 && destination_.back() == '/') destination_.pop_back();
  std::error_code error;
  if (fs::exists(fs::symlink_status(destination_, error)))
    throw OutputError(destination_, "output folder already exists (choose a new folder)");
  std::vector<char> name = temp_template(destination_, ".partial-");
  if (!::mkdtemp(name.data()))
    throw OutputError(destination_, "cannot create a folder: " + system_error_text());
  ::chmod(name.data(), 0755);
  temp_path_ = name.data();
}

AtomicDirectory::~AtomicDirectory() {
  if (committed_) return;
  std::error_code ignored;
  fs::remove_all(temp_path_, ignored);
}

void AtomicDirectory::commit() {
  if (committed_) return;
  std::error_code error;
  // rename() would silently replace an empty folder created meanwhile: check again.
  if (fs::exists(fs::symlink_status(destination_, error)))
    throw OutputError(destination_, "output folder appeared while writing; not replacing it");
  if (std::rename(temp_path_.c_str(), destination_.c_str()) != 0)
    throw OutputError(destination_,
                      "cannot move the finished folder into place: " + system_error_text());
  committed_ = true;
}

}  // namespace ctlite::core
