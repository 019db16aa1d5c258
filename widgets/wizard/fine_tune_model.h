#pragma once
// The fine-tuning wizard's presenter model (no widgets, no QObject): the settings, the data
// folder's validation, the teacher's facts, and for each page whether it is complete and what
// to show (problems, validation summary, the SFP head's cost, the μP learning rates). The pages
// bind to it; tests/widgets/wizard/ exercise it without a window.

#include <QString>
#include <QStringList>
#include <QVector>

#include "core/dataset/training_data_validation.h"
#include "widgets/wizard/fine_tune_plan.h"
#include "widgets/wizard/fine_tune_settings.h"
#include "widgets/wizard/teacher_facts.h"
#include "widgets/wizard/training_job.h"

namespace ctlite::widgets {

class FineTuneModel {
 public:
  FineTuneModel(QString engine, QString demo_model, bool cuda_available);

  FineTuneSettings& settings() { return settings_; }
  const FineTuneSettings& settings() const { return settings_; }
  const QString& engine() const { return engine_; }
  const QString& demoModel() const { return demo_model_; }
  bool cudaAvailable() const { return cuda_available_; }

  // Page 1. The validation runs off the GUI thread (QtConcurrent); its result for `folder`
  // comes back here. The page is complete when it is the current folder's and has no error.
  void setValidation(const QString& folder, core::TrainingDataValidation validation);
  const core::TrainingDataValidation& validation() const { return validation_; }
  bool dataComplete() const;
  // Non-empty when the validated path holds another layout than the chosen source.
  QString dataSourceMismatch() const;
  QString validationSummaryHtml() const;

  // Page 2. The teacher path follows the kind (the demo model's folder for BundledDemo).
  QString teacherPath() const;
  TeacherFacts teacherFacts() const;
  QStringList teacherProblems() const;

  // Page 3.
  QStringList hyperparameterProblems() const;
  QString headCostText() const;      // "SFP head r=4: 1.57 M weights = 0.375 × dense, FLOPs the same ratio"
  QString learningRateText() const;  // the μP-scaled rates of eq. 19

  // The model Run CT-Lite uses now: after training, it is evaluated on the same data so the
  // new bundle can be compared with it (empty: no comparison).
  void setBaselineModel(const QString& bundle_folder) { baseline_model_ = bundle_folder; }
  const QString& baselineModel() const { return baseline_model_; }

  // Page 4: the job's steps (train stages, then evaluation of the new bundle and of the baseline
  // model) in `job_folder`.
  TrainingJob makeJob(const QString& job_folder) const;

 private:
  FineTuneSettings settings_;
  QString engine_;
  QString demo_model_;
  bool cuda_available_;
  core::TrainingDataValidation validation_;
  QString validated_folder_;
  QString baseline_model_;
};

}  // namespace ctlite::widgets
