#pragma once
// One training job on screen: status line (stage, step, ETA, state), the live curves of a stage,
// Pause / Resume / Cancel, and once the bundle is evaluated the macro numbers with "Use this
// model". Used by the wizard's last page and by the Training jobs dialog (re-attach).

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

namespace ctlite::widgets {

class TrainingCurvesView;
class TrainingJobController;

class TrainingJobView : public QWidget {
  Q_OBJECT

 public:
  explicit TrainingJobView(QWidget* parent = nullptr);

  // Not owned; may be null (nothing shown).
  void setController(TrainingJobController* controller);
  TrainingJobController* controller() const { return controller_; }
  TrainingCurvesView* curves() const { return curves_; }

 signals:
  // "Use this model": the window makes the bundle the active model for Run CT-Lite.
  void useModelRequested(const QString& bundle_folder);

 private:
  void refresh();
  void rebuildStageChoices();

  TrainingJobController* controller_ = nullptr;
  QLabel* status_;
  QComboBox* stage_choice_;
  TrainingCurvesView* curves_;
  QLabel* message_;
  QLabel* evaluation_;
  QPushButton* pause_;
  QPushButton* resume_;
  QPushButton* cancel_;
  QPushButton* use_model_;
  bool follow_current_ = true;
};

}  // namespace ctlite::widgets
