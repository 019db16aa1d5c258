#pragma once
// --benchmark-scroll: steps the axial view through N slices, one per displayed frame, and
// prints the frame times: from one axial repaint to the next, each step taken once the previous
// frame (every view it repainted) went to the X server.

#include <QElapsedTimer>
#include <QObject>
#include <vector>

namespace ctlite::widgets {
class SliceView;
}

namespace ctlite::viewer {

class ScrollBenchmark : public QObject {
  Q_OBJECT

 public:
  ScrollBenchmark(widgets::SliceView* view, int frames, QObject* parent = nullptr);
  void start();

 signals:
  void finished(bool ok);

 private:
  void onFramePainted();
  void stepAndRequest();
  void report();

  widgets::SliceView* view_;
  int frames_;
  int direction_ = 1;
  QElapsedTimer clock_;
  qint64 last_ns_ = 0;
  // Process CPU time (all threads, Mesa's rasteriser threads included) at the first step: on a
  // shared machine the wall-clock frame time depends on the neighbours' load, the CPU cost per
  // frame much less.
  double start_cpu_s_ = 0.0;
  std::vector<double> frame_ms_;
};

}  // namespace ctlite::viewer
