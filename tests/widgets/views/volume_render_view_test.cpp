// The 3D view through the raster VTK adapter: it shows the volume (CPU ray casting under
// llvmpipe), and a left-drag reaches VTK's trackball style and turns the camera.
#include "widgets/views/volume_render_view.h"

#include <gtest/gtest.h>
#include <vtkCamera.h>
#include <vtkRenderer.h>

#include <QApplication>
#include <QImage>
#include <QTest>

#include "tests/widgets/support/chest_phantom.h"
#include "widgets/models/viewer_model.h"
#include "widgets/vtk/volume_image.h"

namespace ctlite::widgets {
namespace {

// Share of pixels that differ from the top-left corner (the background) by more than 30 levels.
double foreground_share(const QImage& frame) {
  const QRgb background = frame.pixel(2, 2);
  int differing = 0;
  for (int y = 0; y < frame.height(); y += 2)
    for (int x = 0; x < frame.width(); x += 2) {
      const QRgb p = frame.pixel(x, y);
      if (std::abs(qRed(p) - qRed(background)) + std::abs(qGreen(p) - qGreen(background)) +
              std::abs(qBlue(p) - qBlue(background)) >
          30)
        ++differing;
    }
  return differing / (frame.width() / 2.0 * frame.height() / 2.0);
}

TEST(VolumeRenderView, ShowsTheVolumeAndTurnsWithALeftDrag) {
  ViewerModel viewer;
  viewer.setVolume(test::make_chest_phantom({96, 96, 48}));
  VolumeImage image(&viewer);
  VolumeRenderView view(&image);
  view.resize(320, 320);
  view.show();
  ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));

  const QImage before = view.renderToImage();
  ASSERT_FALSE(view.openGLRenderer().isEmpty());
  if (view.isSoftwareRenderer()) EXPECT_TRUE(view.usesCpuRayCasting());
  EXPECT_GT(foreground_share(before), 0.05) << "the volume should cover part of the view";

  double position_before[3], position_after[3];
  view.renderer()->GetActiveCamera()->GetPosition(position_before);
  QTest::mousePress(&view, Qt::LeftButton, Qt::NoModifier, QPoint(160, 160));
  for (int x = 170; x <= 260; x += 10) QTest::mouseMove(&view, QPoint(x, 160));
  QTest::mouseRelease(&view, Qt::LeftButton, Qt::NoModifier, QPoint(260, 160));
  view.renderer()->GetActiveCamera()->GetPosition(position_after);
  double moved = 0;
  for (int i = 0; i < 3; ++i) moved += std::abs(position_after[i] - position_before[i]);
  EXPECT_GT(moved, 1.0) << "the drag did not reach VTK's trackball";

  const QImage after = view.renderToImage();
  EXPECT_NE(before, after) << "the turned camera was not rendered";
  EXPECT_GT(foreground_share(after), 0.05);
}

}  // namespace
}  // namespace ctlite::widgets
