#pragma once
// Distances and elliptical regions of interest drawn on the MPR views, with their HU statistics.

#include <QObject>
#include <array>
#include <vector>

#include "widgets/models/viewer_model.h"

namespace ctlite::widgets {

struct DistanceMeasurement {
  VoxelPoint start{};
  VoxelPoint end{};
  int normal_axis = 2;  // the view plane it was drawn in (voxel axis held constant)
  double length_mm = 0.0;
};

struct RegionStatistics {
  std::size_t voxel_count = 0;
  double mean = 0.0;
  double standard_deviation = 0.0;
  double minimum = 0.0;
  double maximum = 0.0;
  double area_mm2 = 0.0;
};

// An axis-aligned ellipse in one slice of the voxel grid.
struct EllipseRoi {
  int normal_axis = 2;
  int slice = 0;
  VoxelPoint center{};  // the normal-axis component equals `slice`
  double radius_u = 0.0;  // voxels along the lower-numbered in-plane axis
  double radius_v = 0.0;  // voxels along the higher-numbered in-plane axis
  RegionStatistics statistics;
};

// Physical (LPS) distance between two continuous voxel points.
double physical_distance_mm(const core::Volume& volume, const VoxelPoint& a, const VoxelPoint& b);

// Statistics, in display units (HU), of the voxels whose centres lie inside the ellipse.
RegionStatistics ellipse_statistics(const core::Volume& volume, const EllipseRoi& roi);

// The two in-plane voxel axes of a plane with the given normal, in increasing order.
std::array<int, 2> in_plane_axes(int normal_axis);

class MeasurementModel : public QObject {
  Q_OBJECT

 public:
  explicit MeasurementModel(ViewerModel* viewer, QObject* parent = nullptr);

  const std::vector<DistanceMeasurement>& distances() const { return distances_; }
  const std::vector<EllipseRoi>& regions() const { return regions_; }

  // Both return the index of the new measurement, or -1 when no volume is loaded.
  int addDistance(const VoxelPoint& start, const VoxelPoint& end, int normal_axis);
  // An ellipse inscribed in the box spanned by two corners on one slice.
  int addEllipse(const VoxelPoint& corner_a, const VoxelPoint& corner_b, int normal_axis);
  void removeDistance(int index);
  void removeRegion(int index);
  void clear();

 signals:
  void measurementsChanged();

 private:
  ViewerModel* viewer_;
  std::vector<DistanceMeasurement> distances_;
  std::vector<EllipseRoi> regions_;
};

}  // namespace ctlite::widgets
