#include "ai/training/data_parallel_group.h"

#include <torch/csrc/distributed/c10d/TCPStore.hpp>

#include <cstring>
#include <stdexcept>

namespace ctlite::ai {

DataParallelGroup::DataParallelGroup(DataParallelOptions options) : options_(std::move(options)) {
  if (options_.world_size < 1 || options_.rank < 0 || options_.rank >= options_.world_size)
    throw std::invalid_argument("data parallel: rank " + std::to_string(options_.rank) +
                                " is outside world size " + std::to_string(options_.world_size));
  if (options_.port <= 0 || options_.port > 65535)
    throw std::invalid_argument("data parallel: port " + std::to_string(options_.port) +
                                " is not a TCP port");
  c10d::TCPStoreOptions store_options;
  store_options.port = static_cast<std::uint16_t>(options_.port);
  store_options.isServer = options_.rank == 0;
  store_options.numWorkers = static_cast<std::size_t>(options_.world_size);
  store_options.waitWorkers = true;
  store_options.timeout = std::chrono::seconds(options_.timeout_seconds);
  try {
    store_ = c10::make_intrusive<c10d::TCPStore>(options_.host, store_options);
  } catch (const std::exception& e) {
    throw std::runtime_error("data parallel rendezvous at " + options_.host + ":" +
                             std::to_string(options_.port) + " failed: " + e.what());
  }
  barrier();
}

DataParallelGroup::~DataParallelGroup() = default;

std::vector<std::vector<std::uint8_t>> DataParallelGroup::exchange(
    const std::vector<std::uint8_t>& mine) {
  const std::string prefix = "round" + std::to_string(round_++) + "/";
  store_->set(prefix + std::to_string(options_.rank), mine);
  std::vector<std::vector<std::uint8_t>> all;
  for (int r = 0; r < options_.world_size; ++r)
    all.push_back(r == options_.rank ? mine : store_->get(prefix + std::to_string(r)));
  // The last rank to finish reading removes the round's keys, so the store stays small.
  if (store_->add(prefix + "read", 1) == options_.world_size) {
    for (int r = 0; r < options_.world_size; ++r) store_->deleteKey(prefix + std::to_string(r));
    store_->deleteKey(prefix + "read");
  }
  return all;
}

void DataParallelGroup::average(const std::vector<torch::Tensor>& tensors) {
  // No running buffers (no --codebook-ema) is the same empty list on every rank: nothing to
  // exchange, and torch::cat of nothing throws (it broke every `--nproc 2` run without the EMA).
  if (options_.world_size == 1 || tensors.empty()) return;
  std::vector<torch::Tensor> flat;
  for (const auto& t : tensors) flat.push_back(t.detach().to(torch::kCPU, torch::kFloat32).reshape(-1));
  const torch::Tensor mine = torch::cat(flat).contiguous();
  std::vector<std::uint8_t> bytes(static_cast<size_t>(mine.numel()) * sizeof(float));
  std::memcpy(bytes.data(), mine.data_ptr<float>(), bytes.size());
  const auto all = exchange(bytes);
  torch::Tensor sum;
  for (const auto& other : all) {  // rank order: the same float additions on every rank
    if (other.size() != bytes.size())
      throw std::runtime_error("data parallel: ranks disagree on the gradient size (" +
                               std::to_string(other.size()) + " vs " +
                               std::to_string(bytes.size()) + " bytes)");
    auto part = torch::empty({mine.numel()}, torch::kFloat32);
    std::memcpy(part.data_ptr<float>(), other.data(), other.size());
    sum = sum.defined() ? sum + part : part;
  }
  sum /= static_cast<double>(options_.world_size);
  std::int64_t offset = 0;
  for (const auto& t : tensors) {
    const std::int64_t n = t.numel();
    t.detach().copy_(sum.narrow(0, offset, n).view(t.sizes()));
    offset += n;
  }
}

std::vector<double> DataParallelGroup::average(const std::vector<double>& values) {
  if (options_.world_size == 1) return values;
  std::vector<std::uint8_t> bytes(values.size() * sizeof(double));
  std::memcpy(bytes.data(), values.data(), bytes.size());
  std::vector<double> sum(values.size(), 0.0);
  for (const auto& other : exchange(bytes)) {
    if (other.size() != bytes.size())
      throw std::runtime_error("data parallel: ranks disagree on the number of values");
    std::vector<double> part(values.size());
    std::memcpy(part.data(), other.data(), other.size());
    for (size_t i = 0; i < sum.size(); ++i) sum[i] += part[i];
  }
  for (double& v : sum) v /= options_.world_size;
  return sum;
}

void DataParallelGroup::require_identical(double value, const std::string& what) {
  if (options_.world_size == 1) return;
  std::vector<std::uint8_t> bytes(sizeof(double));
  std::memcpy(bytes.data(), &value, sizeof(double));
  for (const auto& other : exchange(bytes)) {
    double theirs;
    std::memcpy(&theirs, other.data(), sizeof(double));
    if (theirs != value)
      throw std::runtime_error("data parallel: " + what + " differs between ranks (" +
                               std::to_string(value) + " vs " + std::to_string(theirs) + ")");
  }
}

void DataParallelGroup::barrier() { exchange({}); }

}  // namespace ctlite::ai
