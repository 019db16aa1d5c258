// Renders real slices through the Qt 6 + VTK adapter and checks the pixels a radiologist would:
// lung-window gray levels at known phantom structures, orientation and the crosshair.
#include <QApplication>
#include <QImage>
#include <QScreen>
#include <QSignalSpy>
#include <QTest>
#include <gtest/gtest.h>

#include "tests/widgets/support/chest_phantom.h"
#include "widgets/models/measurement_model.h"
#include "widgets/models/overlay_model.h"
#include "widgets/models/slice_view_model.h"
#include "widgets/models/viewer_model.h"
#include "widgets/views/slice_view.h"
#include "widgets/vtk/volume_image.h"

namespace ctlite::widgets {
namespace {

// Gray level the lung window (-600/1500) maps `hu` to.
int lung_window_gray(double hu) {
  return static_cast<int>(std::lround(std::clamp((hu + 1350.0) / 1500.0, 0.0, 1.0) * 255.0));
}

struct SliceViewFixture : ::testing::Test {
  void SetUp() override {
    viewer.setVolume(test::make_chest_phantom(dims));
  }
  std::array<std::int64_t, 3> dims{128, 112, 60};
  ViewerModel viewer;
  VolumeImage image{&viewer};
  OverlayModel overlay;
  MeasurementModel measurements{&viewer};
};

TEST_F(SliceViewFixture, AxialLungWindowShowsPhantomGrayLevels) {
  SliceViewModel model(&viewer, ViewOrientation::Axial);
  SliceView view(&model, &image, &overlay, &measurements);
  view.resize(400, 400);
  view.show();
  const auto layout = test::chest_phantom_layout(dims);
  viewer.setCrosshairVoxel(layout.right_lung_centre);
  const QImage frame = view.renderToImage();
  ASSERT_FALSE(frame.isNull());
  if (qEnvironmentVariableIsSet("CTLITE_TEST_SCREENSHOT_DIR"))
    frame.save(qEnvironmentVariable("CTLITE_TEST_SCREENSHOT_DIR") + QStringLiteral("/axial_lung_window.png"));
  ASSERT_FALSE(view.openGLRenderer().isEmpty());
  auto gray_at = [&](const std::array<double, 3>& voxel) {
    // Off the reference lines: 30 px is outside the crosshair gap only for the lines, so probe a
    // point one voxel-row away from the crosshair line instead of the crosshair itself.
    const QPointF p = view.planeToWidget(model.voxelToPlaneMm(voxel));
    return qGray(frame.pixel(static_cast<int>(p.x()), static_cast<int>(p.y())));
  };
  auto offset = [](std::array<double, 3> v, double dx, double dy) { v[0] += dx; v[1] += dy; return v; };
  EXPECT_NEAR(gray_at(offset(layout.right_lung_centre, 4, 4)), lung_window_gray(test::kLungHu), 3);
  EXPECT_NEAR(gray_at(offset(layout.heart_centre, 3, 3)), lung_window_gray(test::kSoftTissueHu), 3);
  EXPECT_NEAR(gray_at(offset(layout.outside_body, 5, 1)), lung_window_gray(test::kAirHu), 3);
  EXPECT_NEAR(gray_at(offset(layout.spine_centre, 2, 2)), 255, 3);
  // Opaque everywhere: Qt composes the view with its alpha (background corner and body alike).
  EXPECT_EQ(qAlpha(frame.pixel(1, 1)), 255);
  const QPointF heart = view.planeToWidget(model.voxelToPlaneMm(offset(layout.heart_centre, 3, 3)));
  EXPECT_EQ(qAlpha(frame.pixel(heart.toPoint())), 255);
  // Radiological convention: the right lung (low x for an identity direction) is on screen left.
  const QPointF right_lung = view.planeToWidget(model.voxelToPlaneMm(layout.right_lung_centre));
  EXPECT_LT(right_lung.x(), view.width() / 2.0);
}

// What the X server shows of the view now: Qt sends each repainted area there right after the
// paint, so this is the image a strip repaint left on screen.
QImage on_screen(SliceView& view) {
  return view.screen()->grabWindow(view.winId()).toImage().convertToFormat(QImage::Format_RGB32);
}

// Bounding box of the pixels where two equally sized images differ (empty when identical).
QRect different_pixels(const QImage& a, const QImage& b) {
  QRect box;
  for (int y = 0; y < a.height(); ++y)
    for (int x = 0; x < a.width(); ++x)
      if (a.pixel(x, y) != b.pixel(x, y)) box |= QRect(x, y, 1, 1);
  return box;
}

// Scrolling the axial view moves the coronal view's horizontal reference line: the coronal view
// repaints only the strip around it, and must end up exactly as a full repaint would draw it.
TEST_F(SliceViewFixture, ReferenceLineStripRepaintMatchesFullRepaint) {
  SliceViewModel model(&viewer, ViewOrientation::Coronal);
  SliceView view(&model, &image, &overlay, &measurements);
  view.resize(300, 360);
  view.show();
  // Qt drops repaints of a window the X server has not shown yet.
  ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
  const auto layout = test::chest_phantom_layout(dims);
  // Repaints are posted: wait for each frame.
  QSignalSpy frames(&view, &SliceView::framePainted);
  viewer.setCrosshairVoxel(layout.right_lung_centre);
  ASSERT_TRUE(frames.wait(5000));
  ASSERT_EQ(view.lastRepaintArea(), view.rect());
  const QImage before = on_screen(view);

  for (int step = 0; step < 3; ++step) {
    VoxelPoint voxel = viewer.crosshairVoxel();
    voxel[2] += 1.0;  // one axial slice: the coronal view's slice stays the same
    viewer.setCrosshairVoxel(voxel);
    ASSERT_TRUE(frames.wait(5000));
  }
  const QRect strip = view.lastRepaintArea();
  EXPECT_GT(strip.height(), 0);
  EXPECT_LT(strip.height(), view.height() / 4);
  EXPECT_EQ(strip.width(), view.width());
  const QImage partial = on_screen(view);
  EXPECT_NE(partial, before);  // the line did move

  const QImage full = view.renderToImage().convertToFormat(QImage::Format_RGB32);
  ASSERT_EQ(view.lastRepaintArea(), view.rect());
  ASSERT_EQ(full.size(), partial.size());
  EXPECT_EQ(different_pixels(partial, full), QRect()) << "strip repainted: " << strip.y() << "+" << strip.height();
}

}  // namespace
}  // namespace ctlite::widgets
