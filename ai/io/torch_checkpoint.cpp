#include "ai/io/torch_checkpoint.h"

#include <limits>
#include <map>
#include <set>
#include <utility>

#include "ai/io/pickle_scanner.h"
#include "ai/io/state_dict_unpickler.h"
#include "ai/io/zip_directory.h"
#include "core/common/errors.h"

namespace ctlite::ai {
namespace {

// The view a pickled tensor takes of its storage must stay inside it.
void check_view(const PickledTensor& tensor, const std::string& path) {
  std::uint64_t last = static_cast<std::uint64_t>(tensor.storage_offset);
  bool empty = false;
  for (std::size_t d = 0; d < tensor.sizes.size(); ++d) {
    if (tensor.sizes[d] == 0) empty = true;
    if (tensor.strides[d] < 0)
      throw core::InputError(path, "tensor '" + tensor.name + "' has a negative stride");
    const auto extent = static_cast<std::uint64_t>(tensor.sizes[d] > 0 ? tensor.sizes[d] - 1 : 0);
    const auto stride = static_cast<std::uint64_t>(tensor.strides[d]);
    if (stride != 0 && extent > (std::numeric_limits<std::uint64_t>::max() - last) / stride)
      throw core::InputError(path, "tensor '" + tensor.name + "' has an overflowing shape");
    last += extent * stride;
  }
  if (!empty && last >= tensor.storage_elements)
    throw core::InputError(path, "tensor '" + tensor.name + "' reaches past its storage");
}

}  // namespace

bool is_allowed_checkpoint_global(const std::string& module, const std::string& name) {
  static const std::set<std::pair<std::string, std::string>> allowed = {
      {"collections", "OrderedDict"},
      {"torch._utils", "_rebuild_tensor_v2"},
      {"torch._utils", "_rebuild_parameter"},
      {"torch._utils", "_rebuild_parameter_with_state"},
      {"torch", "device"},
      {"torch", "FloatStorage"},
      {"torch", "DoubleStorage"},
      {"torch", "HalfStorage"},
      {"torch", "BFloat16Storage"},
      {"torch", "LongStorage"},
      {"torch", "IntStorage"},
      {"torch", "ShortStorage"},
      {"torch", "CharStorage"},
      {"torch", "ByteStorage"},
      {"torch", "BoolStorage"},
  };
  return allowed.count({module, name}) > 0;
}

StateDict read_torch_checkpoint(const std::string& path, const TensorFilter& select) {
  const ZipDirectory zip(path);
  const ZipEntry& pickle_entry = zip.find_unique("data.pkl");
  const std::string pickle = zip.read_stored(pickle_entry, kMaxPickleBytes);
  for (const auto& global : scan_pickle_globals(pickle, path))
    if (!is_allowed_checkpoint_global(global.module, global.name))
      throw core::InputError(path, "refusing to unpickle: " + pickle_entry.name + " references '" +
                                       global.qualified() +
                                       "', which is not a tensor-rebuilding function");

  // Records sit beside data.pkl: <archive>/data/<key>.
  const std::string archive = pickle_entry.name.substr(0, pickle_entry.name.size() - 8);
  std::map<std::string, torch::Tensor> storages;  // read once, shared by views of one storage
  StateDict result;
  for (const PickledTensor& pickled : unpickle_state_dict(pickle, path)) {
    if (select && !select(pickled.name)) continue;
    if (result.contains(pickled.name))
      throw core::InputError(path, "tensor '" + pickled.name + "' appears twice");
    check_view(pickled, path);
    torch::Tensor& storage = storages[pickled.storage_key];
    if (!storage.defined()) {
      const std::string record = archive + "data/" + pickled.storage_key;
      const ZipEntry* entry = zip.find(record);
      if (!entry)
        throw core::InputError(path,
                               "tensor '" + pickled.name + "': record '" + record + "' is missing");
      const auto element_size = c10::elementSize(pickled.dtype);
      if (pickled.storage_elements > entry->uncompressed_size / element_size)
        throw core::InputError(
            path, "tensor '" + pickled.name + "': record '" + record + "' is too short");
      storage = torch::empty({static_cast<int64_t>(pickled.storage_elements)},
                             torch::dtype(pickled.dtype));
      zip.read_stored_into(*entry, storage.data_ptr(), pickled.storage_elements * element_size);
    } else if (storage.scalar_type() != pickled.dtype ||
               static_cast<std::uint64_t>(storage.numel()) != pickled.storage_elements) {
      throw core::InputError(
          path, "storage '" + pickled.storage_key + "' is described twice differently");
    }
    torch::Tensor tensor =
        storage.as_strided(pickled.sizes, pickled.strides, pickled.storage_offset);
    // A view of part of a storage is copied so the rest of the storage can be freed.
    if (tensor.numel() != storage.numel() || !tensor.is_contiguous()) tensor = tensor.clone();
    result.insert(pickled.name, std::move(tensor));
  }
  return result;
}

}  // namespace ctlite::ai
