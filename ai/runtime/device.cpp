#include "ai/runtime/device.h"

#include <stdexcept>

namespace ctlite::ai {

torch::Device parse_device(const std::string& name) {
  if (name == "cpu") return torch::Device(torch::kCPU);
  if (name == "cuda" || name.rfind("cuda:", 0) == 0) {
    if (!torch::cuda::is_available())
      throw std::invalid_argument("device '" + name + "': no CUDA device (or a CPU-only LibTorch)");
    const torch::Device device(name == "cuda" ? std::string("cuda:0") : name);
    if (device.index() >= static_cast<int>(torch::cuda::device_count()))
      throw std::invalid_argument("device '" + name + "' does not exist");
    return device;
  }
  throw std::invalid_argument("unknown device '" + name + "' (expected cpu, cuda or cuda:N)");
}

void disable_tf32() {
  at::globalContext().setAllowTF32CuBLAS(false);
  at::globalContext().setAllowTF32CuDNN(false);
}

}  // namespace ctlite::ai
