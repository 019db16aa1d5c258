#pragma once
// CT-CLIP's symmetric InfoNCE loss (ctvit-architecture.md §3.8), kept for comparison with SigLIP
// and for fine-tuning from a CT-CLIP checkpoint.

#include <torch/types.h>

namespace ctlite::ai {

// sim[i, j] = exp(temperature)·⟨text_i, image_j⟩ for l2-normalised latents (B, D) paired by row.
// text→image = mean_i[−log(e^{sim_ii} + 1e-20) + log(Σ_j e^{sim_ij} + 1e-20)], image→text the
// same on simᵀ, loss = their mean. The exponentials are taken directly, WITHOUT max-subtraction,
// exactly as CT-CLIP does: the value matches the reference, and it overflows for
// exp(temperature) above ~88, again like the reference.
torch::Tensor clip_infonce_loss(const torch::Tensor& text_latents, const torch::Tensor& image_latents,
                                const torch::Tensor& temperature);

}  // namespace ctlite::ai
