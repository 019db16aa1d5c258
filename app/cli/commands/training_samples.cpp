#include "app/cli/commands/training_samples.h"

#include "core/preprocessing/compressed_path.h"
#include "core/preprocessing/ctclip_preprocessor.h"

namespace ctlite::cli {
namespace {

// (Z, X, Y) network input → (1, F, H, W), resized when the model expects another grid.
torch::Tensor to_tensor(const core::NetworkInput& input, std::int64_t slices, std::int64_t size) {
  auto tensor = torch::from_blob(const_cast<float*>(input.values.data()),
                                 {1, 1, input.shape[0], input.shape[1], input.shape[2]},
                                 torch::kFloat32);
  if (input.shape[0] != slices || input.shape[1] != size || input.shape[2] != size) {
    namespace F = torch::nn::functional;
    tensor = F::interpolate(tensor, F::InterpolateFuncOptions()
                                        .size(std::vector<std::int64_t>{slices, size, size})
                                        .mode(torch::kTrilinear)
                                        .align_corners(false));
  }
  return tensor.squeeze(0).clone();
}

}  // namespace

TrainingSampleLoader::TrainingSampleLoader(std::shared_ptr<const TrainingDataset> dataset,
                                           SampleOptions options,
                                           std::shared_ptr<ai::PreprocessedVolumeCache> cache)
    : dataset_(std::move(dataset)), options_(options), cache_(std::move(cache)) {
  if (options_.slices < 1 || options_.size < 1)
    throw std::invalid_argument("network input size must be positive");
}

std::string TrainingSampleLoader::parameters() const {
  // Bump the version when preprocessing changes its output.
  return "ctlite-training-inputs-v1;volume=" + std::to_string(options_.volume) +
         (options_.training_variant ? ";ctclip=training" : ";ctclip=inference") +
         ";compressed=" + std::to_string(options_.compressed) + ";jpeg_quality=" +
         std::to_string(core::kCompressedJpegQuality) + ";shape=" + std::to_string(options_.slices) +
         "x" + std::to_string(options_.size) + "x" + std::to_string(options_.size);
}

ai::Sample TrainingSampleLoader::load(std::int64_t index) const {
  const TrainingRecord& record = dataset_->records.at(static_cast<std::size_t>(index));
  ai::Sample sample;
  sample.id = record.volume_name;
  sample.text = record.report;
  sample.labels = record.labels;
  if (!options_.volume && !options_.compressed) return sample;  // the text stage: no image input
  const bool paired = !record.compressed_path.empty();
  auto create = [&] {
    ai::StateDict tensors;
    // The paired layout's student reads its own stack; only the teacher input needs the volume.
    const bool needs_volume = options_.volume || !paired;
    const core::Volume volume = needs_volume ? core::read_training_volume(*dataset_, record) : core::Volume{};
    if (options_.volume) {
      core::CtClipOptions ctclip;
      ctclip.variant = options_.training_variant ? core::CtClipVariant::Training
                                                 : core::CtClipVariant::Inference;
      ctclip.threads = options_.threads;
      tensors.insert("volume", to_tensor(core::preprocess_ctclip(volume, ctclip), options_.slices,
                                         options_.size));
    }
    if (options_.compressed) {
      core::CompressedPathOptions compressed;
      compressed.threads = options_.threads;
      const core::NetworkInput input =
          paired ? core::preprocess_compressed(core::read_training_compressed(record), compressed)
                 : core::preprocess_compressed(volume, compressed);
      tensors.insert("compressed", to_tensor(input, options_.slices, options_.size));
    }
    return tensors;
  };
  // A paired case is keyed on the file the sample is made from; when both inputs are, the
  // stack's path joins the parameters (its own changes then need --no-cache or a new cache).
  const bool from_stack_only = paired && !options_.volume;
  const std::string source = from_stack_only ? record.compressed_path : record.volume_path;
  const std::string parameters_of_case =
      parameters() + (paired ? ";compressed_source=" + record.compressed_path : "");
  const ai::StateDict tensors = cache_ ? cache_->get_or_create(source, parameters_of_case, create) : create();
  for (const auto& entry : tensors) sample.tensors[entry.name] = entry.tensor;
  return sample;
}

}  // namespace ctlite::cli
