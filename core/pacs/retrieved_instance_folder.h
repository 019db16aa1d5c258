#pragma once
// Where the instances of a retrieve (C-GET on our association, C-MOVE on an association the PACS
// opens back to us) are written: one file per instance, named by its SOP Instance UID only when
// that is a plain UID (a hostile peer must not steer the path), at most a given number of them.

#include <cstddef>
#include <set>
#include <string>
#include <vector>

class DcmDataset;

namespace ctlite::core {

class RetrievedInstanceFolder {
 public:
  RetrievedInstanceFolder(std::string folder, std::size_t max_instances);

  // Writes the instance (takes ownership of `dataset`, which may be null) and returns the
  // C-STORE response status for the sender: success, or out of resources when the cap is
  // reached or the file cannot be written (error() then says why).
  unsigned short keep(DcmDataset* dataset);

  const std::vector<std::string>& written() const { return written_; }  // file names
  const std::string& error() const { return error_; }
  bool full() const { return written_.size() >= max_instances_; }

 private:
  std::string folder_;
  std::size_t max_instances_;
  std::vector<std::string> written_;
  std::set<std::string> names_;
  std::string error_;
};

}  // namespace ctlite::core
