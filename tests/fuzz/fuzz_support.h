#pragma once
// Shared pieces of the fuzz targets: a per-process scratch folder on tmpfs for parsers that take
// a path, the input-splitting convention of multi-file targets, and the invariants every
// successfully read Volume must satisfy. A broken invariant aborts, which both libFuzzer and the
// replay driver report as a crash with the input that caused it.

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "core/volume/volume.h"

namespace ctlite::fuzz {

// Separates the files of a multi-file input (a DICOM series, a JPEG stack and its sidecar).
// It is listed in the targets' dictionaries so that mutations can add and remove files.
constexpr const char kFileSeparator[] = "\n--ctlite-fuzz-next-file--\n";
// More parts than this are merged into the last one: a series of 8 files exercises every
// ordering rule, and more would only slow each execution down.
constexpr std::size_t kMaxParts = 8;

// The parts of `data` between separators (at least one, possibly empty).
std::vector<std::string> split_input(const std::uint8_t* data, std::size_t size);

// A folder created once per process under /dev/shm (or $TMPDIR), removed at exit.
class ScratchFolder {
 public:
  static ScratchFolder& instance();
  // Writes `bytes` to <scratch>/<name> (creating sub-folders), replacing any previous content.
  std::string write(const std::string& name, const void* bytes, std::size_t size);
  std::string write(const std::string& name, const std::string& bytes) {
    return write(name, bytes.data(), bytes.size());
  }
  // An empty sub-folder <scratch>/<name> (emptied if it existed).
  std::string fresh_folder(const std::string& name);
  const std::string& path() const { return path_; }

  ScratchFolder(const ScratchFolder&) = delete;
  ScratchFolder& operator=(const ScratchFolder&) = delete;
  ~ScratchFolder();

 private:
  ScratchFolder();
  std::string path_;
};

// Aborts with `what` when `condition` is false (invariant of a successful parse).
void require(bool condition, const char* what);

// A Volume a reader returned: non-empty grid within kMaxVoxelCount, voxel storage matching the
// grid, finite positive spacing, finite origin, unit-length direction columns.
void require_valid_volume(const core::Volume& volume);

}  // namespace ctlite::fuzz
