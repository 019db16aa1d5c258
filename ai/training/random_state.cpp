#include "ai/training/random_state.h"

#include <ATen/core/Generator.h>

#include <mutex>
#include <stdexcept>

namespace ctlite::ai {
namespace {

at::Generator default_generator(const torch::Device& device) {
  return at::globalContext().defaultGenerator(device);
}

}  // namespace

StateDict capture_random_state() {
  StateDict state;
  {
    auto generator = default_generator(torch::kCPU);
    std::lock_guard<std::mutex> lock(generator.mutex());
    state.insert("rng/cpu", generator.get_state().clone());
  }
  if (torch::cuda::is_available()) {
    for (int i = 0; i < static_cast<int>(torch::cuda::device_count()); ++i) {
      auto generator = default_generator(torch::Device(torch::kCUDA, static_cast<int8_t>(i)));
      std::lock_guard<std::mutex> lock(generator.mutex());
      state.insert("rng/cuda" + std::to_string(i), generator.get_state().clone());
    }
  }
  return state;
}

void restore_random_state(const StateDict& state) {
  for (const auto& entry : state) {
    if (entry.name == "rng/cpu") {
      auto generator = default_generator(torch::kCPU);
      std::lock_guard<std::mutex> lock(generator.mutex());
      generator.set_state(entry.tensor);
    } else if (entry.name.rfind("rng/cuda", 0) == 0) {
      const int index = std::stoi(entry.name.substr(8));
      if (!torch::cuda::is_available() || index >= static_cast<int>(torch::cuda::device_count()))
        throw std::invalid_argument("checkpoint holds the random state of CUDA device " +
                                    std::to_string(index) + ", which this machine lacks");
      auto generator = default_generator(torch::Device(torch::kCUDA, static_cast<int8_t>(index)));
      std::lock_guard<std::mutex> lock(generator.mutex());
      generator.set_state(entry.tensor);
    }
  }
}

}  // namespace ctlite::ai
