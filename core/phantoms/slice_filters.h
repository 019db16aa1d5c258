#pragma once
// Image-formation stand-ins applied per slice: white quantum noise, then a Gaussian in-plane
// blur in place of the reconstruction kernel. Blurring after the noise gives the correlated,
// kernel-dependent noise grain of real CT instead of salt-and-pepper.

#include <cstdint>
#include <vector>

namespace ctlite::core::phantom {

// Normalised 1-D Gaussian of `sigma_px` samples, radius ceil(3 sigma); {1} when sigma ~ 0.
std::vector<float> gaussian_kernel(double sigma_px);

// Standard deviation that white noise keeps after the separable 2-D blur with `kernel`
// (sum of squared weights, squared for two axes): divide the target by it before blurring.
double noise_gain(const std::vector<float>& kernel);

// Adds N(0, sigma) noise to voxels [first, last) of each row span; `voxel_base` makes the hash
// unique per slice.
void add_quantum_noise(float* slice, int nx, const std::vector<std::pair<int, int>>& row_spans,
                       double sigma, std::uint64_t seed, std::uint64_t voxel_base);

// Separable blur of an nx * ny slice, edges clamped; `scratch` is resized as needed.
void blur_slice(float* slice, int nx, int ny, const std::vector<float>& kernel,
                std::vector<float>& scratch);

}  // namespace ctlite::core::phantom
