#include "core/pacs/retrieved_instance_folder.h"

#include <algorithm>
#include <cctype>

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmnet/dimse.h>

namespace ctlite::core {

RetrievedInstanceFolder::RetrievedInstanceFolder(std::string folder, std::size_t max_instances)
    : folder_(std::move(folder)), max_instances_(max_instances) {}

unsigned short RetrievedInstanceFolder::keep(DcmDataset* dataset) {
  if (!dataset) return STATUS_STORE_Error_CannotUnderstand;
  // The file format takes the dataset over (no copy of a large image).
  DcmFileFormat file(dataset, OFFalse);
  if (full()) {
    error_ = "more than " + std::to_string(max_instances_) + " instances";
    return STATUS_STORE_Refused_OutOfResources;
  }
  OFString value;
  dataset->findAndGetOFString(DCM_SOPInstanceUID, value);
  std::string uid = value.c_str();
  const bool plain = !uid.empty() && uid.size() <= 64 &&
                     std::all_of(uid.begin(), uid.end(), [](unsigned char c) { return std::isdigit(c) || c == '.'; });
  if (!plain || !names_.insert(uid).second) uid = "instance-" + std::to_string(written_.size());
  const std::string path = folder_ + "/" + uid + ".dcm";
  const OFCondition saved = file.saveFile(path.c_str(), dataset->getOriginalXfer());
  if (saved.bad()) {
    error_ = path + ": " + saved.text();
    return STATUS_STORE_Refused_OutOfResources;
  }
  written_.push_back(uid + ".dcm");
  return STATUS_Success;
}

}  // namespace ctlite::core
