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

// "<parent>/.<name>.partial-XXXXXX": hidden, in the destination's folder so rename() is atomic.
std::vector<char> temp_template(const std::string& destination) {
  const fs::path target(destination);
  if (target.filename().empty())
    throw OutputError(destination, "output path does not end in a file or folder name");
  const fs::path parent = target.parent_path().empty() ? fs::path(".") : target.parent_path();
  std::error_code error;
  if (!fs::is_directory(parent, error))
    throw OutputError(destination, "output folder " + parent.string() + " does not exist");
  const std::string pattern =
      (parent / ("." + target.filename().string() + ".partial-XXXXXX")).string();
  return std::vector<char>(pattern.c_str(), pattern.c_str() + pattern.size() + 1);
}

std::string system_error_text() { return std::strerror(errno); }

bool exists(const std::string& path) {
  std::error_code error;
  return fs::exists(fs::symlink_status(path, error));
}

}  // namespace

AtomicOutput AtomicOutput::file(const std::string& destination) {
  std::vector<char> name = temp_template(destination);
  const int fd = ::mkstemp(name.data());
  if (fd < 0) throw OutputError(destination, "cannot create a file: " + system_error_text());
  // mkstemp makes the file private (0600); a finished output gets ordinary permissions.
  ::fchmod(fd, 0644);
  ::close(fd);
  return AtomicOutput(destination, name.data(), false);
}

AtomicOutput AtomicOutput::new_folder(const std::string& destination) {
  std::string target = destination;
  while (target.size() > 1 && target.back() == '/') target.pop_back();
  if (exists(target)) throw OutputError(target, "output folder already exists (choose a new one)");
  std::vector<char> name = temp_template(target);
  if (!::mkdtemp(name.data()))
    throw OutputError(target, "cannot create a folder: " + system_error_text());
  ::chmod(name.data(), 0755);
  return AtomicOutput(target, name.data(), true);
}

AtomicOutput::AtomicOutput(std::string destination, std::string temp_path, bool folder)
    : destination_(std::move(destination)), temp_path_(std::move(temp_path)), folder_(folder) {}

AtomicOutput::AtomicOutput(AtomicOutput&& other) noexcept
    : destination_(std::move(other.destination_)),
      temp_path_(std::move(other.temp_path_)),
      folder_(other.folder_),
      committed_(other.committed_) {
  other.committed_ = true;  // the moved-from object owns nothing to clean up
}

AtomicOutput::~AtomicOutput() {
  if (committed_) return;
  std::error_code ignored;
  fs::remove_all(temp_path_, ignored);
}

void AtomicOutput::commit() {
  if (committed_) return;
  // rename() would silently replace an empty folder created meanwhile: check again.
  if (folder_ && exists(destination_))
    throw OutputError(destination_, "output folder appeared while writing; not replacing it");
  if (std::rename(temp_path_.c_str(), destination_.c_str()) != 0)
    throw OutputError(destination_,
                      "cannot move the finished output into place: " + system_error_text());
  committed_ = true;
}

std::string AtomicOutput::as_final(std::string text) const {
  for (std::size_t at = text.find(temp_path_); at != std::string::npos;
       at = text.find(temp_path_, at + destination_.size()))
    text.replace(at, temp_path_.size(), destination_);
  return text;
}

}  // namespace ctlite::core
