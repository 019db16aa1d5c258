#include "fuzz_support.h"

#include <unistd.h>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <system_error>

namespace ctlite::fuzz {

namespace fs = std::filesystem;

std::vector<std::string> split_input(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  const std::string separator(kFileSeparator);
  std::vector<std::string> parts;
  std::size_t start = 0;
  while (parts.size() + 1 < kMaxParts) {
    const std::size_t end = text.find(separator, start);
    if (end == std::string::npos) break;
    parts.push_back(text.substr(start, end - start));
    start = end + separator.size();
  }
  parts.push_back(text.substr(start));
  return parts;
}

ScratchFolder& ScratchFolder::instance() {
  static ScratchFolder folder;
  return folder;
}

ScratchFolder::ScratchFolder() {
  // tmpfs keeps the per-execution file writes off the disk; TMPDIR wins when set (CI sandboxes).
  const char* tmpdir = std::getenv("TMPDIR");
  std::error_code error;
  const fs::path base = tmpdir && *tmpdir ? fs::path(tmpdir)
                        : fs::is_directory("/dev/shm", error) ? fs::path("/dev/shm")
                                                              : fs::temp_directory_path();
  path_ = (base / ("ctlite-fuzz-" + std::to_string(::getpid()))).string();
  fs::remove_all(path_, error);
  fs::create_directories(path_);
}

ScratchFolder::~ScratchFolder() {
  std::error_code error;
  fs::remove_all(path_, error);
}

std::string ScratchFolder::write(const std::string& name, const void* bytes, std::size_t size) {
  const fs::path file = fs::path(path_) / name;
  fs::create_directories(file.parent_path());
  std::ofstream stream(file, std::ios::binary | std::ios::trunc);
  stream.write(static_cast<const char*>(bytes), static_cast<std::streamsize>(size));
  require(static_cast<bool>(stream), "cannot write the scratch file (tmpfs full?)");
  return file.string();
}

std::string ScratchFolder::fresh_folder(const std::string& name) {
  const fs::path folder = fs::path(path_) / name;
  fs::remove_all(folder);
  fs::create_directories(folder);
  return folder.string();
}

void require(bool condition, const char* what) {
  if (condition) return;
  std::fprintf(stderr, "fuzz invariant violated: %s\n", what);
  std::abort();
}

void require_valid_volume(const core::Volume& volume) {
  std::size_t count = 1;
  for (std::int64_t size : volume.dims) {
    require(size >= 1, "volume has an empty or negative dimension");
    require(count <= core::kMaxVoxelCount / static_cast<std::size_t>(size),
            "volume exceeds kMaxVoxelCount");
    count *= static_cast<std::size_t>(size);
  }
  require(volume.voxels.size() == count, "voxel storage does not match dims");
  for (double spacing : volume.spacing)
    require(std::isfinite(spacing) && spacing > 0, "spacing is not finite and positive");
  for (double origin : volume.origin) require(std::isfinite(origin), "origin is not finite");
  for (int column = 0; column < 3; ++column) {
    double norm = 0;
    for (int row = 0; row < 3; ++row) {
      const double value = volume.direction[row * 3 + column];
      require(std::isfinite(value), "direction is not finite");
      norm += value * value;
    }
    require(std::abs(std::sqrt(norm) - 1.0) < 1e-2, "direction column is not a unit vector");
  }
}

}  // namespace ctlite::fuzz
