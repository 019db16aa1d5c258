#pragma once
// Drives the window from the command line: open PATH, apply preset/layout/slice, optionally run
// CT-Lite, then save a screenshot or run the scroll benchmark, and exit with a status.

#include <QObject>

#include "app/viewer/viewer_options.h"

namespace ctlite::widgets {
class FineTuneWizard;
class WorkstationWindow;
}

namespace ctlite::viewer {

class AutomationRunner : public QObject {
  Q_OBJECT

 public:
  AutomationRunner(widgets::WorkstationWindow* window, ViewerOptions options, QObject* parent = nullptr);

  // True when the options make the viewer exit by itself (screenshot or benchmark).
  bool exitsWhenDone() const;
  void start();

 private:
  void onVolumeShown();
  void onRunCompleted(bool succeeded);
  void finish();
  void saveScreenshot();
  void exitWith(int code);
  void runFineTune();
  void onFineTuneJobChanged();

  widgets::WorkstationWindow* window_;
  ViewerOptions options_;
  bool run_failed_ = false;
  bool handled_volume_ = false;
  widgets::FineTuneWizard* wizard_ = nullptr;
  bool fine_tune_done_ = false;
};

}  // namespace ctlite::viewer
