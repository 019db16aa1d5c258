#pragma once
// "Fine-tune…": a QWizard over one FineTuneModel — (1) data and its validation, (2) teacher and
// stages, (3) hyper-parameters, (4) the run with live curves. Training runs in detached
// `ctlite train` processes (training_job.h), so finishing or closing the wizard never stops it.

#include <QWizard>
#include <memory>

namespace ctlite::widgets {

class DataPage;
class FineTuneModel;
class HyperparameterPage;
class RunPage;
class TeacherPage;
class TrainingJobView;

class FineTuneWizard : public QWizard {
  Q_OBJECT

 public:
  enum PageId { kDataPage, kTeacherPage, kHyperparameterPage, kRunPage };

  // engine: the `ctlite` program; demo_model: the bundled demo model folder (may be empty);
  // cuda_available: whether the engine reported a GPU; jobs_folder: where job folders go.
  FineTuneWizard(const QString& engine, const QString& demo_model, bool cuda_available, const QString& jobs_folder,
                 QWidget* parent = nullptr);
  ~FineTuneWizard() override;

  FineTuneModel* model() const { return model_.get(); }
  DataPage* dataPage() const { return data_; }
  RunPage* runPage() const { return run_; }
  TrainingJobView* jobView() const;

 signals:
  void useModelRequested(const QString& job_folder);

 private:
  std::unique_ptr<FineTuneModel> model_;
  DataPage* data_;
  TeacherPage* teacher_;
  HyperparameterPage* hyperparameters_;
  RunPage* run_;
};

}  // namespace ctlite::widgets
