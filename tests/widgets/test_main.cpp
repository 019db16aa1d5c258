// test_widgets: presenter models run headless; views need an OpenGL context (CI runs the suite
// under xvfb-run, see tests/CMakeLists.txt).
#include <QApplication>
#include <gtest/gtest.h>

int main(int argc, char** argv) {
  QApplication application(argc, argv);
  ::testing::InitGoogleTest(&argc, argv);
  return RUN_ALL_TESTS();
}
