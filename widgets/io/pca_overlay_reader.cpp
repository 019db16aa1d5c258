#include "widgets/io/pca_overlay_reader.h"

#include <QFileInfo>
#include <algorithm>
#include <cmath>

#include <vtkCallbackCommand.h>
#include <vtkCommand.h>
#include <vtkDataArray.h>
#include <vtkImageData.h>
#include <vtkMatrix4x4.h>
#include <vtkNIFTIImageHeader.h>
#include <vtkNIFTIImageReader.h>
#include <vtkNew.h>
#include <vtkPointData.h>

#include "core/common/errors.h"

namespace ctlite::widgets {

namespace {

// VTK reports reader failures through its error event, not return values.
struct ErrorCollector {
  std::string message;
  static void callback(vtkObject*, unsigned long, void* client, void* call_data) {
    auto* self = static_cast<ErrorCollector*>(client);
    if (self->message.empty() && call_data != nullptr) self->message = static_cast<const char*>(call_data);
  }
};

// VTK messages read "ERROR: In file.cxx, line N\nvtkClass (0x...): reason": keep the reason.
std::string vtk_error_reason(const std::string& text) {
  const auto colon = text.find("): ");
  const std::string reason = colon != std::string::npos ? text.substr(colon + 3) : text;
  return reason.substr(0, reason.find('\n'));
}

}  // namespace

OverlayPtr read_pca_overlay(const QString& path) {
  const std::string name = path.toStdString();
  const QFileInfo info(path);
  if (!info.isFile()) throw core::InputError(name, "overlay file does not exist");

  vtkNew<vtkNIFTIImageReader> reader;
  ErrorCollector errors;
  vtkNew<vtkCallbackCommand> observer;
  observer->SetCallback(&ErrorCollector::callback);
  observer->SetClientData(&errors);
  reader->AddObserver(vtkCommand::ErrorEvent, observer);
  reader->GlobalWarningDisplayOff();
  if (reader->CanReadFile(name.c_str()) == 0) throw core::InputError(name, "not a NIfTI file");
  reader->SetFileName(name.c_str());
  reader->TimeAsVectorOn();
  reader->UpdateInformation();
  if (!errors.message.empty()) throw core::InputError(name, vtk_error_reason(errors.message));

  vtkNIFTIImageHeader* header = reader->GetNIFTIHeader();
  long long voxels = 1;
  for (int axis = 1; axis <= 3; ++axis) {
    const long long dim = std::max<long long>(1, header->GetDim(axis));
    if (dim > kMaximumOverlayVoxels) throw core::InputError(name, "overlay grid is implausibly large");
    voxels *= dim;
  }
  if (voxels > kMaximumOverlayVoxels) throw core::InputError(name, "overlay grid is implausibly large");

  reader->Update();
  if (!errors.message.empty()) throw core::InputError(name, vtk_error_reason(errors.message));
  vtkImageData* image = reader->GetOutput();
  vtkDataArray* scalars = image ? image->GetPointData()->GetScalars() : nullptr;
  if (scalars == nullptr) throw core::InputError(name, "overlay has no voxel data");
  const int components = scalars->GetNumberOfComponents();
  if (components != 3 && components != 4)
    throw core::InputError(name, "overlay must have 3 (RGB) or 4 (RGBA) components per voxel, found " +
                                     std::to_string(components));

  auto overlay = std::make_shared<RgbaOverlayVolume>();
  int dims[3];
  image->GetDimensions(dims);
  for (int axis = 0; axis < 3; ++axis) {
    overlay->dims[static_cast<std::size_t>(axis)] = dims[axis];
    overlay->spacing[static_cast<std::size_t>(axis)] = image->GetSpacing()[axis];
    overlay->origin[static_cast<std::size_t>(axis)] = image->GetOrigin()[axis];
  }
  // Float maps are 0..1; integer maps are 0..255.
  double range_max = 0.0;
  for (int c = 0; c < components; ++c) range_max = std::max(range_max, scalars->GetRange(c)[1]);
  const bool floating = scalars->GetDataType() == VTK_FLOAT || scalars->GetDataType() == VTK_DOUBLE;
  const bool unit_range = floating && range_max <= 1.0 + 1e-6;
  const double scale = unit_range ? 255.0 : 1.0;
  const vtkIdType count = scalars->GetNumberOfTuples();
  overlay->rgba.resize(static_cast<std::size_t>(count) * 4);
  for (vtkIdType i = 0; i < count; ++i) {
    std::uint8_t* out = &overlay->rgba[static_cast<std::size_t>(i) * 4];
    for (int c = 0; c < components; ++c) {
      const double value = scalars->GetComponent(i, c) * scale;
      out[c] = static_cast<std::uint8_t>(std::lround(std::clamp(std::isfinite(value) ? value : 0.0, 0.0, 255.0)));
    }
    if (components == 3) out[3] = (out[0] | out[1] | out[2]) != 0 ? 255 : 0;
  }

  // NIfTI positions are RAS; CT-Lite works in LPS (DICOM): negate the first two rows.
  vtkMatrix4x4* form = header->GetSFormCode() > 0 ? reader->GetSFormMatrix() : nullptr;
  if (form == nullptr && header->GetQFormCode() > 0) form = reader->GetQFormMatrix();
  vtkNew<vtkMatrix4x4> ras;
  if (form != nullptr) ras->DeepCopy(form);
  for (int row = 0; row < 4; ++row)
    for (int column = 0; column < 4; ++column) {
      const double sign = row < 2 ? -1.0 : 1.0;
      overlay->data_to_lps[static_cast<std::size_t>(row * 4 + column)] = sign * ras->GetElement(row, column);
    }
  overlay->data_to_lps[15] = 1.0;
  overlay->source_path = path;
  return overlay;
}

}  // namespace ctlite::widgets
