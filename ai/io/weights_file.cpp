#include "ai/io/weights_file.h"

#include "ai/io/safetensors.h"
#include "ai/io/torch_checkpoint.h"
#include "ai/io/zip_directory.h"

namespace ctlite::ai {

StateDict read_weights_file(const std::string& path, const TensorFilter& select) {
  if (ZipDirectory::looks_like_zip(path)) return read_torch_checkpoint(path, select);
  return read_safetensors(path, select).tensors;
}

}  // namespace ctlite::ai
