#pragma once
// Multi-process data parallelism over c10d::TCPStore.
//
// Debian's LibTorch 1.13 ships the c10d headers and exports ProcessGroupGloo and TCPStore from
// libtorch_cpu, but ProcessGroupGloo.hpp includes <gloo/...> headers from libgloo-dev, which is
// not part of our package set (only the libgloo0 runtime is). So rendezvous AND the gradient
// all-reduce both go through the TCPStore key-value server that rank 0 hosts: every rank
// publishes its flattened float32 gradient under a per-round key, reads the others', and sums
// them in rank order, so every rank computes bit-identical averages. It moves (world−1)·|θ|
// floats per rank per update through one server: fine for 2–4 CPU processes on one machine, not
// a substitute for NCCL/Gloo on a cluster.

#include <torch/torch.h>

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace c10d {
class Store;
}  // namespace c10d

namespace ctlite::ai {

struct DataParallelOptions {
  int rank = 0;
  int world_size = 1;
  std::string host = "127.0.0.1";
  int port = 29517;
  int timeout_seconds = 300;
};

class DataParallelGroup {
 public:
  // Rank 0 starts the store server; everybody waits for all ranks to join.
  explicit DataParallelGroup(DataParallelOptions options);
  ~DataParallelGroup();

  int rank() const { return options_.rank; }
  int world_size() const { return options_.world_size; }

  // Replaces each tensor by its mean over ranks (in place, any device; summed in rank order).
  void average(const std::vector<torch::Tensor>& tensors);
  // The mean over ranks of a few numbers.
  std::vector<double> average(const std::vector<double>& values);
  // Throws std::runtime_error when the ranks' values differ (e.g. a weight checksum).
  void require_identical(double value, const std::string& what);
  void barrier();

 private:
  std::vector<std::vector<std::uint8_t>> exchange(const std::vector<std::uint8_t>& mine);

  DataParallelOptions options_;
  c10::intrusive_ptr<c10d::Store> store_;  // defined in the .cpp (c10d headers)
  std::int64_t round_ = 0;
};

}  // namespace ctlite::ai
