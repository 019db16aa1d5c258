#pragma once
// One training job on screen: status line (stage, step, ETA, engine memory, state), the live
// curves of a stage, Pause / Resume / Cancel, and once the bundle is evaluated the evaluation
// page (widgets/evaluation/evaluation_view.h, compared with the current model) and "Use this
// model". Used by the wizard's last page and by the Training jobs dialog (re-attach).

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;

namespace ctlite::widgets {

class EvaluationView;
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
  EvaluationView* evaluation() const { return evaluation_view_; }

 signals:
  // "Use this model": the job's bundle goes into the model library and becomes the active model.
  void useModelRequested(const QString& job_folder);

 private:
  void refresh();
  void rebuildStageChoices();
  void loadEvaluation();

  TrainingJobController* controller_ = nullptr;
  QLabel* status_;
  QComboBox* stage_choice_;
  QTabWidget* tabs_;
  TrainingCurvesView* curves_;
  EvaluationView* evaluation_view_;
  QString evaluation_loaded_;  // times of the eval.json and baseline.json shown (reload on change)
  QLabel* message_;
  QLabel* evaluation_;
  QPushButton* pause_;
  QPushButton* resume_;
  QPushButton* cancel_;
  QPushButton* use_model_;
  bool follow_current_ = true;
};

}  // namespace ctlite::widgets
