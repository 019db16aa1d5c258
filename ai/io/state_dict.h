#pragma once
// StateDict: the ordered name -> tensor map that every weight file reader returns and every
// model loads from. Order is kept (it is the order of the file, which makes dumps and diffs
// readable); lookup by name is O(1).

#include <torch/torch.h>

#include <cstddef>
#include <functional>
#include <string>
#include <unordered_map>
#include <vector>

namespace ctlite::ai {

// Chooses which tensors of a file to read (by name); an empty filter reads all of them.
using TensorFilter = std::function<bool(const std::string& name)>;

class StateDict {
 public:
  struct Entry {
    std::string name;
    torch::Tensor tensor;
  };

  // Throws std::invalid_argument when `name` is already present: weight files with duplicate
  // names are ambiguous and must never load silently.
  void insert(const std::string& name, torch::Tensor tensor);
  // Inserts or overwrites.
  void set(const std::string& name, torch::Tensor tensor);

  bool contains(const std::string& name) const { return index_.count(name) > 0; }
  // nullptr when absent.
  const torch::Tensor* find(const std::string& name) const;
  // Throws std::out_of_range naming the key when absent.
  const torch::Tensor& at(const std::string& name) const;

  std::size_t size() const { return entries_.size(); }
  bool empty() const { return entries_.empty(); }
  std::vector<Entry>::const_iterator begin() const { return entries_.begin(); }
  std::vector<Entry>::const_iterator end() const { return entries_.end(); }
  std::vector<std::string> names() const;

  // The entries whose name starts with `prefix`, with the prefix removed (e.g. the
  // `visual_transformer.` part of a CT-CLIP checkpoint), in the same order.
  StateDict with_prefix_stripped(const std::string& prefix) const;
  // Every entry as a contiguous CPU tensor, named `prefix` + name: what a weight file is
  // written from, whichever device trained the model.
  StateDict on_cpu(const std::string& prefix = "") const;
  // Total number of bytes of tensor data.
  std::size_t total_bytes() const;

 private:
  std::vector<Entry> entries_;
  std::unordered_map<std::string, std::size_t> index_;
};

}  // namespace ctlite::ai
