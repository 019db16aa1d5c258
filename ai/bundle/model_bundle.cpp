#include "ai/bundle/model_bundle.h"

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <iterator>

#include "ai/bundle/sha256.h"
#include "ai/io/atomic_file_writer.h"
#include "ai/io/safetensors.h"
#include "core/common/errors.h"

namespace ctlite::ai {
namespace fs = std::filesystem;
namespace {

constexpr const char* kManifestFile = "manifest.json";

void verify_file(const fs::path& path, const BundleFile& expected) {
  std::error_code error;
  const auto size = fs::file_size(path, error);
  if (error) throw core::InputError(path.string(), "is listed in the manifest but cannot be read");
  if (size != expected.bytes)
    throw core::InputError(path.string(), "is " + std::to_string(size) + " bytes, the manifest says " +
                                              std::to_string(expected.bytes));
  const std::string actual = sha256_file_hex(path.string());
  if (actual != expected.sha256)
    throw core::InputError(path.string(), "SHA-256 " + actual + " differs from the manifest's " +
                                              expected.sha256 + " (corrupt or modified file)");
}

BundleFile describe_file(const fs::path& path) {
  return {sha256_file_hex(path.string()), static_cast<std::uint64_t>(fs::file_size(path))};
}

void write_text_file(const fs::path& path, const std::string& text) {
  AtomicFileWriter writer(path.string());
  writer.write(text.data(), text.size());
  writer.commit();
}

}  // namespace

BundleManifest read_bundle_manifest(const std::string& folder) {
  const fs::path path = fs::path(folder) / kManifestFile;
  std::ifstream in(path, std::ios::binary);
  if (!in) throw core::InputError(path.string(), "cannot open the bundle manifest");
  std::string bytes;
  bytes.resize(kMaxManifestBytes + 1);
  in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  bytes.resize(static_cast<std::size_t>(in.gcount()));
  return parse_bundle_manifest(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size(),
                               path.string());
}

ModelBundle read_model_bundle(const std::string& folder) {
  BundleManifest manifest = read_bundle_manifest(folder);
  for (const auto& [file, entry] : manifest.files) verify_file(fs::path(folder) / file, entry);
  const fs::path weights = fs::path(folder) / BundleManifest::kWeightsFile;
  const fs::path vocabulary = fs::path(folder) / BundleManifest::kVocabularyFile;
  return ModelBundle{folder, manifest, read_safetensors(weights.string()).tensors,
                     BertTokenizer::from_vocab_file(vocabulary.string(), manifest.text.lower_case)};
}

void write_model_bundle(const std::string& folder, BundleManifest manifest, const StateDict& weights,
                        const std::vector<std::string>& vocabulary) {
  const fs::path target(folder);
  if (fs::exists(target)) throw core::OutputError(folder, "already exists; a bundle is never overwritten");
  if (target.has_parent_path() && !fs::is_directory(target.parent_path()))
    throw core::OutputError(folder, "its parent folder does not exist");
  // Checked before anything is written (the vocabulary must be usable by the reader).
  BertTokenizer(vocabulary, manifest.text.lower_case, folder + "/" + BundleManifest::kVocabularyFile);

  const fs::path staging = target.string() + ".partial-" + std::to_string(::getpid());
  std::error_code ignored;
  fs::remove_all(staging, ignored);
  if (!fs::create_directory(staging, ignored))
    throw core::OutputError(staging.string(), "cannot create the staging folder");
  try {
    const fs::path weights_path = staging / BundleManifest::kWeightsFile;
    write_safetensors(weights_path.string(), weights, {{"format", BundleManifest::kFormat}, {"id", manifest.id}});
    std::string vocabulary_text;
    for (const auto& token : vocabulary) vocabulary_text += token + "\n";
    const fs::path vocabulary_path = staging / BundleManifest::kVocabularyFile;
    write_text_file(vocabulary_path, vocabulary_text);
    manifest.files[BundleManifest::kWeightsFile] = describe_file(weights_path);
    manifest.files[BundleManifest::kVocabularyFile] = describe_file(vocabulary_path);
    try {
      manifest.validate();
    } catch (const std::invalid_argument& e) {
      throw core::OutputError(folder, std::string("invalid manifest: ") + e.what());
    }
    write_text_file(staging / kManifestFile, manifest.to_json().dump(2) + "\n");
    std::error_code renamed;
    fs::rename(staging, target, renamed);
    if (renamed) throw core::OutputError(folder, "cannot move the finished bundle into place: " + renamed.message());
  } catch (...) {
    fs::remove_all(staging, ignored);
    throw;
  }
}

}  // namespace ctlite::ai
