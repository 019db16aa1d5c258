#include "widgets/views/slice_view.h"

#include <QCoreApplication>
#include <QFocusEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>

#include <vtkCamera.h>
#include <vtkImageData.h>
#include <vtkImageProperty.h>
#include <vtkImageResliceMapper.h>
#include <vtkImageSlice.h>
#include <vtkImageSliceMapper.h>
#include <vtkImageStack.h>
#include <vtkMatrix4x4.h>
#include <vtkPointData.h>
#include <vtkUnsignedCharArray.h>

#include "widgets/views/annotation_painter.h"
#include "widgets/vtk/volume_image.h"

namespace ctlite::widgets {

namespace {

constexpr double kClickTolerancePx = 3.0;
constexpr double kCrosshairGapPx = 14.0;
// Half the height (or width) of the strip a 1-pixel reference line may touch, rounding included.
constexpr int kReferenceLineReachPx = 2;
constexpr double kWheelStep = 120.0;  // one notch of a classic mouse wheel, in 1/8 degree

vtkSmartPointer<vtkImageData> overlay_to_image(const RgbaOverlayVolume& overlay) {
  auto image = vtkSmartPointer<vtkImageData>::New();
  image->SetDimensions(overlay.dims[0], overlay.dims[1], overlay.dims[2]);
  image->SetSpacing(overlay.spacing.data());
  image->SetOrigin(overlay.origin.data());
  auto colours = vtkSmartPointer<vtkUnsignedCharArray>::New();
  colours->SetNumberOfComponents(4);
  colours->SetNumberOfTuples(static_cast<vtkIdType>(overlay.rgba.size() / 4));
  std::copy(overlay.rgba.begin(), overlay.rgba.end(), colours->GetPointer(0));
  image->GetPointData()->SetScalars(colours);
  return image;
}

QString format_millimetres(double mm) {
  return mm >= 100.0 ? QStringLiteral("%1 cm").arg(mm / 10.0, 0, 'g', 3)
                     : QStringLiteral("%1 mm").arg(mm, 0, 'g', 3);
}

}  // namespace

QColor SliceView::planeColor(ViewOrientation orientation) {
  // 3D Slicer's plane colours: radiologists moving between tools recognise them.
  switch (orientation) {
    case ViewOrientation::Axial: return {232, 86, 86};
    case ViewOrientation::Coronal: return {96, 196, 108};
    case ViewOrientation::Sagittal: return {236, 204, 72};
  }
  return Qt::white;
}

SliceView::SliceView(SliceViewModel* model, VolumeImage* image, OverlayModel* overlay,
                     MeasurementModel* measurements, QWidget* parent)
    : VtkOpenGLWidget(parent),
      model_(model),
      volume_image_(image),
      overlay_(overlay),
      measurements_(measurements),
      stack_(vtkSmartPointer<vtkImageStack>::New()),
      slice_(vtkSmartPointer<vtkImageSlice>::New()),
      slice_mapper_(vtkSmartPointer<vtkImageSliceMapper>::New()),
      overlay_slice_(vtkSmartPointer<vtkImageSlice>::New()),
      overlay_mapper_(vtkSmartPointer<vtkImageResliceMapper>::New()) {
  setObjectName(QStringLiteral("slice-view-%1").arg(QLatin1String(orientation_name(model->orientation()))));
  renderer()->SetBackground(0.0, 0.0, 0.0);

  // The slice covers whole voxels, not just the span between the outer voxel centres.
  slice_mapper_->BorderOn();
  slice_->SetMapper(slice_mapper_);
  slice_->GetProperty()->SetInterpolationTypeToLinear();

  // The overlay has its own grid (often the encoder's token grid) and orientation: the reslice
  // mapper cuts it along the camera's focal plane, which always lies on the displayed slice.
  overlay_mapper_->SliceAtFocalPointOn();
  overlay_mapper_->SliceFacesCameraOn();
  overlay_mapper_->BorderOn();
  overlay_slice_->SetMapper(overlay_mapper_);
  overlay_slice_->GetProperty()->SetInterpolationTypeToLinear();
  overlay_slice_->VisibilityOff();

  // Two coplanar image props hide each other; a stack draws its layers in order instead.
  stack_->AddImage(slice_);
  stack_->AddImage(overlay_slice_);
  stack_->SetActiveLayer(0);

  connect(volume_image_, &VolumeImage::imageChanged, this, &SliceView::rebuildPipeline);
  connect(model_, &SliceViewModel::geometryChanged, this, &SliceView::rebuildPipeline);
  connect(model_, &SliceViewModel::sliceChanged, this, &SliceView::requestRender);
  connect(model_, &SliceViewModel::cameraChanged, this, &SliceView::requestRender);
  // Reference lines move with the crosshair even when this view's slice does not change.
  connect(model_->viewer(), &ViewerModel::crosshairChanged, this, &SliceView::onCrosshairChanged);
  connect(model_->viewer(), &ViewerModel::windowLevelChanged, this, &SliceView::requestRender);
  connect(overlay_, &OverlayModel::overlayChanged, this, &SliceView::rebuildOverlay);
  connect(overlay_, &OverlayModel::displayChanged, this, &SliceView::requestRender);
  connect(measurements_, &MeasurementModel::measurementsChanged, this, qOverload<>(&SliceView::update));
  rebuildPipeline();
  rebuildOverlay();
}

SliceView::~SliceView() = default;

// Scrolling one view moves the crosshair along that view's normal: in each other view one
// reference line shifts by a few pixels. Repainting only the strip it leaves and enters (the
// crossing line's gap included) instead of the whole view saves most of a software-rendered
// frame; anything else (both lines moved, nothing painted yet) repaints the whole view.
void SliceView::onCrosshairChanged() {
  if (!model_->viewer()->hasVolume() || !painted_crosshair_) return update();
  const QPointF from = *painted_crosshair_;
  const QPointF to = voxelToWidget(model_->viewer()->crosshairVoxel());
  const bool x_moved = std::lround(from.x()) != std::lround(to.x());
  const bool y_moved = std::lround(from.y()) != std::lround(to.y());
  if (x_moved && y_moved) return update();
  const int reach = static_cast<int>(std::ceil(kCrosshairGapPx)) + kReferenceLineReachPx;
  if (y_moved) {
    const int top = static_cast<int>(std::floor(std::min(from.y(), to.y()))) - reach;
    const int bottom = static_cast<int>(std::ceil(std::max(from.y(), to.y()))) + reach;
    update(QRect(0, top, width(), bottom - top + 1));
  } else if (x_moved) {
    const int left = static_cast<int>(std::floor(std::min(from.x(), to.x()))) - reach;
    const int right = static_cast<int>(std::ceil(std::max(from.x(), to.x()))) + reach;
    update(QRect(left, 0, right - left + 1, height()));
  }
}

void SliceView::setInteraction(SliceInteraction interaction) {
  interaction_ = interaction;
  setCursor(interaction == SliceInteraction::Navigate ? Qt::ArrowCursor : Qt::CrossCursor);
}

void SliceView::setEvidenceMarker(std::optional<EvidenceMarker> marker) {
  marker_ = std::move(marker);
  update();
}

void SliceView::setShowsStudyInformation(bool shows) {
  shows_study_information_ = shows;
  update();
}

void SliceView::rebuildPipeline() {
  renderer()->RemoveViewProp(stack_);
  if (vtkImageData* image = volume_image_->image()) {
    slice_mapper_->SetInputData(image);
    slice_mapper_->SetOrientation(model_->axes().normal_axis);
    renderer()->AddViewProp(stack_);
  }
  requestRender();
}

void SliceView::rebuildOverlay() {
  overlay_image_ = overlay_->hasOverlay() ? overlay_to_image(*overlay_->overlay()) : nullptr;
  if (overlay_image_) {
    overlay_mapper_->SetInputData(overlay_image_);
    // data coordinates -> LPS -> this scene's world (voxel index * spacing).
    auto data_to_lps = vtkSmartPointer<vtkMatrix4x4>::New();
    data_to_lps->DeepCopy(overlay_->overlay()->data_to_lps.data());
    auto data_to_world = vtkSmartPointer<vtkMatrix4x4>::New();
    vtkMatrix4x4::Multiply4x4(volume_image_->lpsToWorld(), data_to_lps, data_to_world);
    overlay_slice_->SetUserMatrix(data_to_world);
  }
  requestRender();
}

void SliceView::prepareRender() {
  if (!model_->viewer()->hasVolume() || volume_image_->image() == nullptr) return;
  slice_mapper_->SetSliceNumber(model_->sliceIndex());
  const WindowLevel stored = model_->viewer()->storedWindowLevel();
  slice_->GetProperty()->SetColorWindow(stored.width);
  slice_->GetProperty()->SetColorLevel(stored.center);
  overlay_slice_->SetVisibility(overlay_image_ != nullptr && overlay_->isVisible());
  overlay_slice_->GetProperty()->SetOpacity(overlay_->opacity());
  updateCamera();
}

void SliceView::updateCamera() {
  const core::Volume& volume = *model_->viewer()->volume();
  const SliceAxes& axes = model_->axes();
  const VoxelPoint centre_voxel = model_->planeMmToVoxel(model_->pan());
  double focal[3], right[3] = {0, 0, 0}, up[3] = {0, 0, 0}, projection[3];
  for (int axis = 0; axis < 3; ++axis)
    focal[axis] = centre_voxel[static_cast<std::size_t>(axis)] * volume.spacing[static_cast<std::size_t>(axis)];
  right[axes.right_axis] = axes.right_sign;
  up[axes.down_axis] = -axes.down_sign;
  // VTK's screen right is projection x view-up, so projection = up x right.
  projection[0] = up[1] * right[2] - up[2] * right[1];
  projection[1] = up[2] * right[0] - up[0] * right[2];
  projection[2] = up[0] * right[1] - up[1] * right[0];
  const double distance = 1000.0;
  vtkCamera* camera = renderer()->GetActiveCamera();
  camera->ParallelProjectionOn();
  camera->SetFocalPoint(focal);
  camera->SetPosition(focal[0] - projection[0] * distance, focal[1] - projection[1] * distance,
                      focal[2] - projection[2] * distance);
  camera->SetViewUp(up);
  camera->SetParallelScale(height() / 2.0 / pixelsPerMm());
  camera->SetClippingRange(distance / 2.0, distance * 2.0);
}

double SliceView::pixelsPerMm() const {
  const QPointF extent = model_->sliceExtentMm();
  const double fit = std::min(width() / std::max(extent.x(), 1e-6), height() / std::max(extent.y(), 1e-6));
  return fit * model_->zoom();
}

QPointF SliceView::planeToWidget(const QPointF& plane_mm) const {
  const double scale = pixelsPerMm();
  return {width() / 2.0 + (plane_mm.x() - model_->pan().x()) * scale,
          height() / 2.0 + (plane_mm.y() - model_->pan().y()) * scale};
}

QPointF SliceView::widgetToPlane(const QPointF& widget_point) const {
  const double scale = pixelsPerMm();
  return {model_->pan().x() + (widget_point.x() - width() / 2.0) / scale,
          model_->pan().y() + (widget_point.y() - height() / 2.0) / scale};
}

VoxelPoint SliceView::widgetToVoxel(const QPointF& widget_point) const {
  return model_->planeMmToVoxel(widgetToPlane(widget_point));
}

QPointF SliceView::voxelToWidget(const VoxelPoint& voxel) const {
  return planeToWidget(model_->voxelToPlaneMm(voxel));
}

bool SliceView::voxelOnThisSlice(const VoxelPoint& voxel) const {
  return std::lround(voxel[static_cast<std::size_t>(model_->axes().normal_axis)]) == model_->sliceIndex();
}

// ---- annotations -------------------------------------------------------------------------------

void SliceView::paintOverlay(QPainter& painter) {
  if (!model_->viewer()->hasVolume()) {
    AnnotationPainter text(painter, rect());
    text.centred(tr("No image loaded"), QColor(150, 150, 150));
    paintFrame(painter);
    return;
  }
  paintMeasurements(painter);
  paintEvidenceMarker(painter);
  paintReferenceLines(painter);
  paintOrientationLabels(painter);
  paintScaleBar(painter);
  paintCornerText(painter);
  paintFrame(painter);
}

void SliceView::paintReferenceLines(QPainter& painter) {
  const QPointF centre = voxelToWidget(model_->viewer()->crosshairVoxel());
  painted_crosshair_ = centre;
  const auto& direction = model_->viewer()->volume()->direction;
  // The plane whose normal runs across the screen appears as a vertical line, and vice versa.
  auto plane_with_normal = [&](int voxel_axis) {
    for (ViewOrientation other : {ViewOrientation::Axial, ViewOrientation::Coronal, ViewOrientation::Sagittal})
      if (slice_axes(direction, other).normal_axis == voxel_axis) return other;
    return model_->orientation();
  };
  const QColor vertical = planeColor(plane_with_normal(model_->axes().right_axis));
  const QColor horizontal = planeColor(plane_with_normal(model_->axes().down_axis));
  painter.save();
  painter.setRenderHint(QPainter::Antialiasing, false);
  const auto draw = [&](const QColor& colour, const QLineF& a, const QLineF& b) {
    QColor translucent = colour;
    translucent.setAlpha(200);
    painter.setPen(QPen(translucent, 1.0));
    painter.drawLine(a);
    painter.drawLine(b);
  };
  draw(vertical, QLineF(centre.x(), 0.0, centre.x(), centre.y() - kCrosshairGapPx),
       QLineF(centre.x(), centre.y() + kCrosshairGapPx, centre.x(), height()));
  draw(horizontal, QLineF(0.0, centre.y(), centre.x() - kCrosshairGapPx, centre.y()),
       QLineF(centre.x() + kCrosshairGapPx, centre.y(), width(), centre.y()));
  painter.restore();
}

void SliceView::paintOrientationLabels(QPainter& painter) const {
  const EdgeLabels labels = model_->edgeLabels();
  AnnotationPainter text(painter, rect());
  text.edgeLabel(Qt::AlignLeft, QString::fromStdString(labels.left));
  text.edgeLabel(Qt::AlignRight, QString::fromStdString(labels.right));
  text.edgeLabel(Qt::AlignTop, QString::fromStdString(labels.top));
  text.edgeLabel(Qt::AlignBottom, QString::fromStdString(labels.bottom));
}

void SliceView::paintCornerText(QPainter& painter) const {
  const ViewerModel& viewer = *model_->viewer();
  AnnotationPainter text(painter, rect());
  static const char* const kPlaneNames[] = {QT_TR_NOOP("Axial"), QT_TR_NOOP("Coronal"), QT_TR_NOOP("Sagittal")};
  text.corner(Qt::AlignTop | Qt::AlignLeft,
              {tr(kPlaneNames[static_cast<int>(model_->orientation())]),
               tr("Im: %1/%2").arg(model_->sliceIndex() + 1).arg(model_->sliceCount()),
               tr("Loc: %1 mm").arg(model_->slicePositionMm(), 0, 'f', 1)},
              planeColor(model_->orientation()));

  const WindowLevel window = viewer.windowLevel();
  const WindowPresetInfo* preset = find_window_preset(viewer.windowPreset());
  text.corner(Qt::AlignBottom | Qt::AlignRight,
              {preset ? QCoreApplication::translate("WindowPreset", preset->label) : tr("Custom window"),
               tr("W: %1 L: %2").arg(window.width, 0, 'f', 0).arg(window.center, 0, 'f', 0),
               tr("Zoom: %1×").arg(model_->zoom(), 0, 'f', 2)});
  if (!cursor_text_.isEmpty()) text.corner(Qt::AlignBottom | Qt::AlignLeft, cursor_text_.split(QLatin1Char('\n')));

  if (shows_study_information_) {
    const core::VolumeMetadata& meta = viewer.volume()->metadata;
    QStringList lines;
    if (!meta.patient_name.empty()) lines << QString::fromStdString(meta.patient_name).replace(QLatin1Char('^'), QLatin1Char(' '));
    QStringList id_line;
    if (!meta.patient_id.empty()) id_line << tr("ID: %1").arg(QString::fromStdString(meta.patient_id));
    if (!meta.patient_sex.empty()) id_line << QString::fromStdString(meta.patient_sex);
    if (!id_line.isEmpty()) lines << id_line.join(QStringLiteral("  "));
    if (!meta.study_description.empty()) lines << QString::fromStdString(meta.study_description);
    if (!meta.study_date.empty()) lines << QString::fromStdString(meta.study_date);
    if (!meta.series_description.empty()) lines << QString::fromStdString(meta.series_description);
    if (!lines.isEmpty()) text.corner(Qt::AlignTop | Qt::AlignRight, lines);
  }
}

void SliceView::paintScaleBar(QPainter& painter) const {
  const double scale = pixelsPerMm();
  if (scale <= 0.0) return;
  // The longest 1-2-5 length that fits in a quarter of the view height, drawn as a vertical
  // ruler on the right edge below the orientation letter (where OHIF puts it).
  const double budget_mm = height() * 0.25 / scale;
  double length_mm = 0.0;
  for (double decade = 0.1; decade <= 10000.0; decade *= 10.0)
    for (double step : {1.0, 2.0, 5.0})
      if (step * decade <= budget_mm) length_mm = step * decade;
  if (length_mm <= 0.0) return;
  const double length_px = length_mm * scale;
  const double x = width() - 12.0;
  const double y0 = height() / 2.0 + 30.0;
  // Ruler, ticks (7 px to the left) and the label's line box beside it.
  if (clipped_away(painter, QRectF(x - 80.0, y0 - 2.0, 82.0, length_px + 4.0))) return;
  painter.save();
  painter.setRenderHint(QPainter::Antialiasing, false);
  const auto draw_ruler = [&](const QPen& pen) {
    painter.setPen(pen);
    painter.drawLine(QLineF(x, y0, x, y0 + length_px));
    for (int tick = 0; tick <= 10; ++tick) {
      const double y = y0 + length_px * tick / 10.0;
      painter.drawLine(QLineF(x, y, x - ((tick % 5 == 0) ? 7.0 : 4.0), y));
    }
  };
  draw_ruler(QPen(QColor(0, 0, 0, 170), 3.0));
  draw_ruler(QPen(QColor(225, 225, 225), 1.0));
  painter.restore();
  AnnotationPainter text(painter, rect());
  const QString label = format_millimetres(length_mm);
  text.rightAligned(QPointF(x - 10.0, y0 + length_px / 2.0 + 4.0), label, QColor(225, 225, 225));
}

void SliceView::paintMeasurements(QPainter& painter) const {
  const int normal = model_->axes().normal_axis;
  AnnotationPainter text(painter, rect());
  const QColor colour(255, 170, 40);
  painter.save();
  painter.setPen(QPen(colour, 1.5));
  painter.setBrush(Qt::NoBrush);
  for (const DistanceMeasurement& distance : measurements_->distances()) {
    if (distance.normal_axis != normal || !voxelOnThisSlice(distance.start)) continue;
    const QPointF a = voxelToWidget(distance.start);
    const QPointF b = voxelToWidget(distance.end);
    painter.drawLine(a, b);
    painter.drawEllipse(a, 2.5, 2.5);
    painter.drawEllipse(b, 2.5, 2.5);
    text.at((a + b) / 2.0 + QPointF(8.0, -6.0), format_millimetres(distance.length_mm), colour);
  }
  for (const EllipseRoi& roi : measurements_->regions()) {
    if (roi.normal_axis != normal || roi.slice != model_->sliceIndex()) continue;
    const auto [u, v] = in_plane_axes(normal);
    VoxelPoint corner_a = roi.center, corner_b = roi.center;
    corner_a[static_cast<std::size_t>(u)] -= roi.radius_u;
    corner_a[static_cast<std::size_t>(v)] -= roi.radius_v;
    corner_b[static_cast<std::size_t>(u)] += roi.radius_u;
    corner_b[static_cast<std::size_t>(v)] += roi.radius_v;
    const QRectF box = QRectF(voxelToWidget(corner_a), voxelToWidget(corner_b)).normalized();
    painter.drawEllipse(box);
    const RegionStatistics& s = roi.statistics;
    text.lines(box.bottomRight() + QPointF(4.0, 0.0),
               {tr("Mean %1 ± %2 HU").arg(s.mean, 0, 'f', 1).arg(s.standard_deviation, 0, 'f', 1),
                tr("Min %1  Max %2").arg(s.minimum, 0, 'f', 0).arg(s.maximum, 0, 'f', 0),
                tr("Area %1 cm²").arg(s.area_mm2 / 100.0, 0, 'f', 2)},
               colour);
  }
  if (drag_ == Drag::Measure && dragged_) {
    painter.setPen(QPen(colour, 1.0, Qt::DashLine));
    const QPointF a = voxelToWidget(measure_start_);
    const QPointF b = voxelToWidget(measure_end_);
    if (interaction_ == SliceInteraction::MeasureDistance) painter.drawLine(a, b);
    else painter.drawEllipse(QRectF(a, b).normalized());
  }
  painter.restore();
}

void SliceView::paintEvidenceMarker(QPainter& painter) const {
  if (!marker_) return;
  const double slices_away = std::abs(marker_->voxel[static_cast<std::size_t>(model_->axes().normal_axis)] -
                                      model_->sliceIndex());
  if (slices_away > 2.0) return;
  const QPointF centre = voxelToWidget(marker_->voxel);
  painter.save();
  const QColor colour(80, 200, 255);
  painter.setPen(QPen(colour, 2.0, Qt::DashLine));
  painter.setBrush(Qt::NoBrush);
  painter.drawEllipse(centre, 22.0, 22.0);
  painter.restore();
  AnnotationPainter text(painter, rect());
  text.at(centre + QPointF(26.0, -18.0), marker_->label, colour);
}

void SliceView::paintFrame(QPainter& painter) const {
  painter.save();
  painter.setRenderHint(QPainter::Antialiasing, false);
  QColor colour = planeColor(model_->orientation());
  if (!hasFocus()) colour.setAlpha(90);
  painter.setPen(QPen(colour, hasFocus() ? 2.0 : 1.0));
  painter.setBrush(Qt::NoBrush);
  painter.drawRect(QRectF(rect()).adjusted(0.5, 0.5, -1.0, -1.0));
  painter.restore();
}

// ---- interaction -------------------------------------------------------------------------------

void SliceView::updateCursorInformation(const QPointF& widget_point) {
  const ViewerModel& viewer = *model_->viewer();
  QString text;
  std::array<std::int64_t, 3> voxel{};
  if (viewer.hasVolume() && nearest_voxel(*viewer.volume(), widgetToVoxel(widget_point), voxel)) {
    const VoxelPoint point{static_cast<double>(voxel[0]), static_cast<double>(voxel[1]), static_cast<double>(voxel[2])};
    const double value = viewer.valueAt(point);
    const auto lps = viewer.volume()->index_to_physical(point);
    text = tr("Voxel (%1, %2, %3)").arg(voxel[0]).arg(voxel[1]).arg(voxel[2]) + QLatin1Char('\n') +
           tr("LPS (%1, %2, %3) mm").arg(lps[0], 0, 'f', 1).arg(lps[1], 0, 'f', 1).arg(lps[2], 0, 'f', 1) +
           QLatin1Char('\n') +
           (viewer.valuesAreHounsfield() ? tr("%1 HU").arg(value, 0, 'f', 0) : tr("Value %1").arg(value, 0, 'g', 5));
  }
  if (text == cursor_text_) return;
  cursor_text_ = text;
  emit cursorInformationChanged(QString(text).replace(QLatin1Char('\n'), QStringLiteral("   ")));
  update();
}

void SliceView::mousePressEvent(QMouseEvent* event) {
  setFocus(Qt::MouseFocusReason);
  if (!model_->viewer()->hasVolume()) return;
  press_point_ = last_point_ = event->position();
  dragged_ = false;
  const bool measuring = interaction_ != SliceInteraction::Navigate;
  switch (event->button()) {
    case Qt::LeftButton:
      if (measuring) {
        drag_ = Drag::Measure;
        measure_start_ = measure_end_ = widgetToVoxel(event->position());
      } else if (event->modifiers().testFlag(Qt::ShiftModifier)) {
        drag_ = Drag::Crosshair;
        model_->viewer()->setCrosshairVoxel(widgetToVoxel(event->position()));
      } else {
        drag_ = Drag::WindowLevel;
      }
      break;
    case Qt::MiddleButton: drag_ = Drag::Pan; break;
    case Qt::RightButton: drag_ = Drag::Zoom; break;
    default: drag_ = Drag::None; break;
  }
}

void SliceView::mouseMoveEvent(QMouseEvent* event) {
  const QPointF point = event->position();
  updateCursorInformation(point);
  if (drag_ == Drag::None) return;
  const QPointF delta = point - last_point_;
  last_point_ = point;
  if ((point - press_point_).manhattanLength() > kClickTolerancePx) dragged_ = true;
  if (!dragged_) return;
  ViewerModel* viewer = model_->viewer();
  switch (drag_) {
    case Drag::WindowLevel: {
      // Sensitivity grows with the window so both a 1500 HU lung window and a 40 HU brain-like
      // window are adjustable within one screen width.
      WindowLevel window = viewer->windowLevel();
      const double hu_per_pixel = std::max(1.0, window.width / 400.0);
      window.width += delta.x() * hu_per_pixel;
      window.center += delta.y() * hu_per_pixel;
      viewer->setWindowLevel(window);
      break;
    }
    case Drag::Pan: model_->panBy(-delta / pixelsPerMm()); break;
    case Drag::Zoom: model_->zoomBy(std::exp(-delta.y() * 0.01)); break;
    case Drag::Crosshair: viewer->setCrosshairVoxel(widgetToVoxel(point)); break;
    case Drag::Measure:
      measure_end_ = widgetToVoxel(point);
      update();
      break;
    case Drag::None: break;
  }
}

void SliceView::mouseReleaseEvent(QMouseEvent* event) {
  const Drag finished = drag_;
  drag_ = Drag::None;
  if (finished == Drag::WindowLevel && !dragged_) {
    model_->viewer()->setCrosshairVoxel(widgetToVoxel(event->position()));
  } else if (finished == Drag::Measure && dragged_) {
    measure_end_ = widgetToVoxel(event->position());
    if (interaction_ == SliceInteraction::MeasureDistance)
      measurements_->addDistance(measure_start_, measure_end_, model_->axes().normal_axis);
    else
      measurements_->addEllipse(measure_start_, measure_end_, model_->axes().normal_axis);
  }
  update();
}

void SliceView::mouseDoubleClickEvent(QMouseEvent* event) {
  if (event->button() == Qt::LeftButton) emit maximiseToggled();
}

void SliceView::wheelEvent(QWheelEvent* event) {
  if (!model_->viewer()->hasVolume()) return;
  const int notches = static_cast<int>(std::lround(event->angleDelta().y() / kWheelStep));
  if (notches == 0) return;
  if (event->modifiers().testFlag(Qt::ControlModifier)) {
    model_->zoomBy(std::pow(1.1, notches));
  } else {
    // Wheel towards the user (negative delta) moves to the next image, as in OHIF.
    model_->stepSlices(-notches);
  }
  updateCursorInformation(event->position());
  event->accept();
}

void SliceView::keyPressEvent(QKeyEvent* event) {
  switch (event->key()) {
    case Qt::Key_Up:
    case Qt::Key_Left: model_->stepSlices(-1); break;
    case Qt::Key_Down:
    case Qt::Key_Right: model_->stepSlices(+1); break;
    case Qt::Key_PageUp: model_->stepSlices(-10); break;
    case Qt::Key_PageDown: model_->stepSlices(+10); break;
    case Qt::Key_Home: model_->setSliceIndex(0); break;
    case Qt::Key_End: model_->setSliceIndex(model_->sliceCount() - 1); break;
    default: return VtkOpenGLWidget::keyPressEvent(event);
  }
  event->accept();
}

void SliceView::leaveEvent(QEvent* event) {
  if (!cursor_text_.isEmpty()) {
    cursor_text_.clear();
    emit cursorInformationChanged(QString());
    update();
  }
  VtkOpenGLWidget::leaveEvent(event);
}

void SliceView::focusInEvent(QFocusEvent* event) {
  emit focused();
  update();
  VtkOpenGLWidget::focusInEvent(event);
}

void SliceView::focusOutEvent(QFocusEvent* event) {
  update();
  VtkOpenGLWidget::focusOutEvent(event);
}

}  // namespace ctlite::widgets
