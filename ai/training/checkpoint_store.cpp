#include "ai/training/checkpoint_store.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <regex>

#include "ai/io/atomic_file_writer.h"
#include "ai/io/safetensors.h"
#include "core/common/errors.h"

namespace ctlite::ai {
namespace fs = std::filesystem;
namespace {

constexpr const char* kStateFile = "state.json";
constexpr const char* kFormat = "ctlite-training-checkpoint";

std::string step_folder_name(std::int64_t step) {
  char name[32];
  std::snprintf(name, sizeof name, "step-%08lld", static_cast<long long>(step));
  return name;
}

// A rename is only durable once the folder holding the entry is flushed too.
void sync_directory(const std::string& path) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return;
  ::fsync(fd);
  ::close(fd);
}

void write_text_atomically(const std::string& path, const std::string& text) {
  AtomicFileWriter writer(path);
  writer.write(text.data(), text.size());
  writer.commit();
}

}  // namespace

CheckpointStore::CheckpointStore(std::string directory, int keep_last)
    : directory_(std::move(directory)), keep_last_(std::max(1, keep_last)) {
  std::error_code error;
  fs::create_directories(directory_, error);
  if (error) throw core::OutputError(directory_, "cannot create folder: " + error.message());
}

std::string CheckpointStore::path_of(std::int64_t step) const {
  return (fs::path(directory_) / step_folder_name(step)).string();
}

std::string CheckpointStore::save(std::int64_t step, const CheckpointContent& content) {
  static std::atomic<int> counter{0};
  const fs::path partial = fs::path(directory_) / (".partial-" + step_folder_name(step) + "-" +
                                                   std::to_string(::getpid()) + "-" +
                                                   std::to_string(counter++));
  const fs::path final_path = path_of(step);
  std::error_code error;
  fs::create_directory(partial, error);
  if (error) throw core::OutputError(partial.string(), "cannot create folder: " + error.message());
  try {
    write_safetensors((partial / "model.safetensors").string(), content.model);
    write_safetensors((partial / "optimizer.safetensors").string(), content.optimizer);
    nlohmann::json state = content.state;
    state["format"] = kFormat;
    state["step"] = step;
    write_text_atomically((partial / kStateFile).string(), state.dump(2) + "\n");
    sync_directory(partial.string());
    // Re-saving a step (a resumed run that repeats it) replaces the old folder.
    if (fs::exists(final_path)) fs::remove_all(final_path);
    fs::rename(partial, final_path);
    sync_directory(directory_);
  } catch (const fs::filesystem_error& e) {
    fs::remove_all(partial, error);
    throw core::OutputError(final_path.string(), e.code().message());
  } catch (const core::OutputError& e) {
    fs::remove_all(partial, error);
    // Name the checkpoint as the user knows it, not its hidden temporary (a full disk named
    // ".partial-step-.../model.safetensors"; reliability_training_test).
    const std::string text = e.what();
    const std::string temp = partial.string();
    if (text.rfind(temp, 0) != 0) throw;
    const std::string rest = text.substr(temp.size());
    const auto colon = rest.find(": ");
    if (colon == std::string::npos) throw;
    throw core::OutputError(final_path.string() + rest.substr(0, colon), rest.substr(colon + 2));
  } catch (...) {
    fs::remove_all(partial, error);
    throw;
  }
  const auto all = steps();
  for (size_t i = 0; i + static_cast<size_t>(keep_last_) < all.size(); ++i) {
    // Retire with one rename before deleting: a kill -9 during remove_all must never leave a
    // visible step folder with files missing (reliability_training_test found one). A retired
    // folder is a ".partial-" entry, which remove_partials() sweeps at the next start.
    const fs::path old = path_of(all[i]);
    const fs::path retired = fs::path(directory_) / (".partial-retired-" + old.filename().string());
    std::error_code rename_error;
    fs::rename(old, retired, rename_error);
    fs::remove_all(rename_error ? old : retired, error);
  }
  return final_path.string();
}

std::vector<std::int64_t> CheckpointStore::steps() const {
  static const std::regex kName("step-([0-9]{8,})");
  std::vector<std::int64_t> found;
  std::error_code error;
  for (const auto& entry : fs::directory_iterator(directory_, error)) {
    std::smatch match;
    const std::string name = entry.path().filename().string();
    if (entry.is_directory() && std::regex_match(name, match, kName) &&
        fs::exists(entry.path() / kStateFile))
      found.push_back(std::stoll(match[1].str()));
  }
  std::sort(found.begin(), found.end());
  return found;
}

std::optional<std::int64_t> CheckpointStore::latest() const {
  const auto all = steps();
  if (all.empty()) return std::nullopt;
  return all.back();
}

CheckpointContent CheckpointStore::load(std::int64_t step) const {
  const fs::path folder = path_of(step);
  CheckpointContent content;
  content.model = read_safetensors((folder / "model.safetensors").string()).tensors;
  content.optimizer = read_safetensors((folder / "optimizer.safetensors").string()).tensors;
  const std::string state_path = (folder / kStateFile).string();
  std::ifstream in(state_path);
  if (!in) throw core::InputError(state_path, "cannot open");
  try {
    content.state = nlohmann::json::parse(in);
  } catch (const nlohmann::json::exception& e) {
    throw core::InputError(state_path, std::string("not valid JSON: ") + e.what());
  }
  if (content.state.value("format", "") != kFormat || content.state.value("step", -1) != step)
    throw core::InputError(state_path, "not a CT-Lite training checkpoint of step " +
                                           std::to_string(step));
  return content;
}

void CheckpointStore::remove_partials() const {
  std::error_code error;
  for (const auto& entry : fs::directory_iterator(directory_, error))
    if (entry.path().filename().string().rfind(".partial-", 0) == 0)
      fs::remove_all(entry.path(), error);
}

}  // namespace ctlite::ai
