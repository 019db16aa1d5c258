#include "ai/data/preprocessed_volume_cache.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <stdexcept>

#include "ai/io/safetensors.h"
#include "core/common/errors.h"

namespace ctlite::ai {
namespace fs = std::filesystem;
namespace {

// FNV-1a, 64 bit: stable across runs and platforms (std::hash is not).
std::uint64_t fnv1a(const std::string& text, std::uint64_t hash = 1469598103934665603ull) {
  for (unsigned char c : text) {
    hash ^= c;
    hash *= 1099511628211ull;
  }
  return hash;
}

// Identity of the source as it is now: absolute path, modification time and size. A folder
// (a DICOM series) contributes its newest entry's time and its total size.
std::string source_identity(const std::string& source_path) {
  std::error_code error;
  const fs::path absolute = fs::absolute(source_path, error);
  fs::file_time_type newest = fs::last_write_time(absolute, error);
  if (error) throw core::InputError(source_path, "cannot read modification time: " + error.message());
  std::uintmax_t size = 0;
  if (fs::is_directory(absolute)) {
    for (const auto& entry : fs::recursive_directory_iterator(absolute, error)) {
      if (!entry.is_regular_file()) continue;
      size += entry.file_size();
      newest = std::max(newest, entry.last_write_time());
    }
  } else {
    size = fs::file_size(absolute, error);
  }
  return absolute.lexically_normal().string() + "|" +
         std::to_string(newest.time_since_epoch().count()) + "|" + std::to_string(size);
}

}  // namespace

PreprocessedVolumeCache::PreprocessedVolumeCache(std::string directory)
    : directory_(std::move(directory)) {
  std::error_code error;
  fs::create_directories(directory_, error);
  if (error) throw core::OutputError(directory_, "cannot create cache folder: " + error.message());
}

std::string PreprocessedVolumeCache::entry_path(const std::string& source_path,
                                                const std::string& parameters) const {
  const std::string key = source_identity(source_path) + "#" + parameters;
  char name[48];
  std::snprintf(name, sizeof name, "%016llx%016llx.safetensors",
                static_cast<unsigned long long>(fnv1a(key)),
                static_cast<unsigned long long>(fnv1a(key, 0x84222325cbf29ce4ull)));
  return (fs::path(directory_) / name).string();
}

StateDict PreprocessedVolumeCache::get_or_create(const std::string& source_path,
                                                 const std::string& parameters,
                                                 const std::function<StateDict()>& create) {
  const std::string identity = source_identity(source_path);
  const std::string path = entry_path(source_path, parameters);
  {
    std::unique_lock<std::mutex> lock(mutex_);
    idle_.wait(lock, [&] { return !in_progress_.count(path); });
    in_progress_.insert(path);
  }
  struct Release {
    PreprocessedVolumeCache* self;
    std::string path;
    ~Release() {
      {
        std::lock_guard<std::mutex> lock(self->mutex_);
        self->in_progress_.erase(path);
      }
      self->idle_.notify_all();
    }
  } release{this, path};

  if (fs::exists(path)) {
    try {
      auto content = read_safetensors(path);
      if (content.metadata["source"] == identity && content.metadata["parameters"] == parameters) {
        std::lock_guard<std::mutex> lock(mutex_);
        ++hits_;
        return std::move(content.tensors);
      }
    } catch (const core::InputError&) {
      // An unreadable entry (disk trouble, an old format) is simply recomputed below.
    }
  }
  StateDict tensors = create();
  write_safetensors(path, tensors, {{"source", identity}, {"parameters", parameters}});
  std::lock_guard<std::mutex> lock(mutex_);
  ++misses_;
  return tensors;
}

void require_outside_input(const std::string& cache_directory, const std::string& input_directory) {
  auto normalised = [](const std::string& path) {
    std::error_code error;
    fs::path p = fs::weakly_canonical(fs::absolute(path), error).lexically_normal();
    return p.filename().empty() ? p.parent_path() : p;
  };
  const fs::path cache = normalised(cache_directory);
  const fs::path input = normalised(input_directory);
  auto [input_end, cache_it] = std::mismatch(input.begin(), input.end(), cache.begin(), cache.end());
  if (input_end == input.end())
    throw std::invalid_argument("cache folder " + cache.string() +
                                " lies inside the input folder " + input.string() +
                                "; choose another --cache (inputs are never written to)");
}

}  // namespace ctlite::ai
