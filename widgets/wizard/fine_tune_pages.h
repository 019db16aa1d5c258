#pragma once
// The four pages of the fine-tuning wizard. Each binds widgets to the shared FineTuneModel and
// asks it whether the page is complete; no page holds logic of its own.

#include <QFutureWatcher>
#include <QTimer>
#include <QWizardPage>

#include "core/dataset/training_data_validation.h"
#include "widgets/wizard/fine_tune_settings.h"

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTextBrowser;

namespace ctlite::widgets {

class FineTuneModel;
class TrainingJobController;
class TrainingJobView;

class DataPage : public QWizardPage {
  Q_OBJECT

 public:
  DataPage(FineTuneModel* model, QWidget* parent = nullptr);
  bool isComplete() const override;
  void setFolder(const QString& folder);
  void setSource(DataSource source);
  bool isValidating() const { return watcher_.isRunning() || debounce_.isActive(); }

 signals:
  void validated();

 private:
  void validateNow();
  void startValidation();  // after a path or source change
  void showSourceHint();

  FineTuneModel* model_;
  QComboBox* source_;
  QLabel* source_hint_;
  QLineEdit* folder_;
  QTextBrowser* summary_;
  QTimer debounce_;
  QFutureWatcher<core::TrainingDataValidation> watcher_;
  QString pending_folder_;
};

class TeacherPage : public QWizardPage {
  Q_OBJECT

 public:
  TeacherPage(FineTuneModel* model, QWidget* parent = nullptr);
  bool isComplete() const override;

 private:
  void syncModel();  // fields → settings, then hints, problems and completeness

  FineTuneModel* model_;
  QButtonGroup* kind_;
  QLineEdit* checkpoint_;
  QLineEdit* config_;
  QLineEdit* bundle_;
  QComboBox* stages_;
  QLineEdit* student_;
  QLabel* problems_;
};

class HyperparameterPage : public QWizardPage {
  Q_OBJECT

 public:
  HyperparameterPage(FineTuneModel* model, QWidget* parent = nullptr);
  void initializePage() override;
  bool isComplete() const override;

 private:
  void syncModel();  // fields → settings, then hints, problems and completeness

  FineTuneModel* model_;
  QSpinBox* rank_;
  QLabel* head_cost_;
  QLineEdit* learning_rate_;
  QCheckBox* mup_;
  QLabel* learning_rate_hint_;
  QSpinBox* fast_steps_;
  QSpinBox* sfp_steps_;
  QSpinBox* fast_accumulation_;
  QSpinBox* sfp_batch_;
  QSpinBox* slices_;
  QComboBox* device_;
  QSpinBox* processes_;
  QSpinBox* checkpoint_every_;
  QDoubleSpinBox* prompt_fraction_;
  QLabel* problems_;
  bool binding_ = false;
};

class RunPage : public QWizardPage {
  Q_OBJECT

 public:
  RunPage(FineTuneModel* model, QString jobs_folder, QWidget* parent = nullptr);
  void initializePage() override;
  TrainingJobView* jobView() const { return view_; }
  TrainingJobController* controller() const { return controller_; }

 signals:
  void jobStarted(TrainingJobController* controller);

 private:
  FineTuneModel* model_;
  QString jobs_folder_;
  QPlainTextEdit* commands_;
  TrainingJobView* view_;
  TrainingJobController* controller_ = nullptr;
};

}  // namespace ctlite::widgets
