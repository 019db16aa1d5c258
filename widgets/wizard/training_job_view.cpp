#include "widgets/wizard/training_job_view.h"

#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

#include "core/common/errors.h"
#include "core/evaluation/evaluation_report.h"
#include "widgets/evaluation/evaluation_view.h"
#include "widgets/wizard/training_curves_view.h"
#include "widgets/wizard/training_job_controller.h"

namespace ctlite::widgets {
namespace {

QString duration_text(double seconds) {
  if (seconds < 90) return QObject::tr("%1 s").arg(qRound(seconds));
  if (seconds < 5400) return QObject::tr("%1 min").arg(qRound(seconds / 60));
  return QObject::tr("%1 h").arg(seconds / 3600, 0, 'f', 1);
}

QString metric(const QJsonValue& value) { return value.isDouble() ? QString::number(value.toDouble(), 'f', 3) : QStringLiteral("–"); }

// The macro line of `ctlite evaluate --out` (the full report is the evaluation page's job).
QString evaluation_summary(const QString& path) {
  QFile file(path);
  if (file.size() > 64 * 1024 * 1024 || !file.open(QIODevice::ReadOnly)) return {};
  const QJsonObject report = QJsonDocument::fromJson(file.readAll()).object();
  const QJsonObject macro = report.value(QLatin1String("macro")).toObject();
  if (macro.isEmpty()) return QObject::tr("%1: no macro metrics").arg(path);
  return QObject::tr("Validation (%1 split): macro AUROC %2 · weighted F1 %3 · accuracy %4")
      .arg(report.value(QLatin1String("split")).toString(), metric(macro.value(QLatin1String("auroc"))),
           metric(macro.value(QLatin1String("weighted_f1"))), metric(macro.value(QLatin1String("accuracy"))));
}

}  // namespace

TrainingJobView::TrainingJobView(QWidget* parent)
    : QWidget(parent),
      status_(new QLabel(this)),
      stage_choice_(new QComboBox(this)),
      tabs_(new QTabWidget(this)),
      curves_(new TrainingCurvesView(this)),
      evaluation_view_(new EvaluationView(this)),
      message_(new QLabel(this)),
      evaluation_(new QLabel(this)),
      pause_(new QPushButton(tr("Pause"), this)),
      resume_(new QPushButton(tr("Resume"), this)),
      cancel_(new QPushButton(tr("Cancel training"), this)),
      use_model_(new QPushButton(tr("Use this model"), this)) {
  setObjectName(QStringLiteral("training-job-view"));
  status_->setObjectName(QStringLiteral("training-status"));
  status_->setWordWrap(true);
  message_->setWordWrap(true);
  message_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  evaluation_->setWordWrap(true);
  pause_->setToolTip(tr("The engine writes a checkpoint and stops; Resume continues from it"));
  cancel_->setToolTip(tr("Stops the engine after a checkpoint and marks the job cancelled"));
  use_model_->setToolTip(tr("Make the fine-tuned bundle the model of Run CT-Lite"));

  auto* top = new QHBoxLayout;
  top->addWidget(status_, 1);
  top->addWidget(new QLabel(tr("Curves of"), this));
  top->addWidget(stage_choice_);
  auto* buttons = new QHBoxLayout;
  buttons->addWidget(pause_);
  buttons->addWidget(resume_);
  buttons->addWidget(cancel_);
  buttons->addStretch(1);
  buttons->addWidget(use_model_);
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(top);
  tabs_->setObjectName(QStringLiteral("training-tabs"));
  tabs_->addTab(curves_, tr("Training curves"));
  tabs_->addTab(evaluation_view_, tr("Evaluation"));
  tabs_->setTabEnabled(1, false);
  layout->addWidget(tabs_, 1);
  layout->addWidget(message_);
  layout->addWidget(evaluation_);
  layout->addLayout(buttons);

  connect(stage_choice_, &QComboBox::activated, this, [this](int index) {
    follow_current_ = controller_ && index == controller_->job().current;
    refresh();
  });
  connect(pause_, &QPushButton::clicked, this, [this] { if (controller_) controller_->pause(); });
  connect(resume_, &QPushButton::clicked, this, [this] { if (controller_) controller_->resume(); });
  connect(cancel_, &QPushButton::clicked, this, [this] { if (controller_) controller_->cancel(); });
  connect(use_model_, &QPushButton::clicked, this, [this] {
    if (controller_ && !controller_->bundleFolder().isEmpty()) emit useModelRequested(controller_->job().folder);
  });
  refresh();
}

void TrainingJobView::setController(TrainingJobController* controller) {
  if (controller_) disconnect(controller_, nullptr, this, nullptr);
  controller_ = controller;
  follow_current_ = true;
  evaluation_loaded_ = {};
  tabs_->setTabEnabled(1, false);
  tabs_->setCurrentIndex(0);
  if (controller_) connect(controller_, &TrainingJobController::changed, this, &TrainingJobView::refresh);
  rebuildStageChoices();
  refresh();
}

void TrainingJobView::rebuildStageChoices() {
  stage_choice_->clear();
  if (!controller_) return;
  const auto& steps = controller_->job().steps;
  for (int i = 0; i < steps.size(); ++i)
    if (!steps[i].output_folder.isEmpty()) stage_choice_->addItem(steps[i].name.toUpper(), i);
}

void TrainingJobView::refresh() {
  const bool has = controller_ != nullptr;
  pause_->setEnabled(has && controller_->canPause());
  resume_->setEnabled(has && controller_->canResume());
  cancel_->setEnabled(has && controller_->canCancel());
  use_model_->setEnabled(has && controller_->job().state == JobState::Finished && !controller_->bundleFolder().isEmpty());
  if (!has) {
    status_->setText(tr("No training job"));
    curves_->clear();
    return;
  }
  const TrainingJob& job = controller_->job();
  if (follow_current_) {
    // The newest training step with events: the evaluation step has none of its own.
    int shown = job.current;
    while (shown > 0 && job.steps[shown].output_folder.isEmpty()) --shown;
    const int index = stage_choice_->findData(shown);
    if (index >= 0) stage_choice_->setCurrentIndex(index);
  }
  const int step_index = stage_choice_->currentData().isValid() ? stage_choice_->currentData().toInt() : -1;
  QString progress;
  if (step_index >= 0) {
    const TrainingEventsLog& events = controller_->events(step_index);
    curves_->showEvents(events, job.steps[step_index].name.toUpper());
    if (!events.points().isEmpty()) {
      progress = tr(" · step %1 of %2").arg(events.points().back().step).arg(events.totalSteps());
      if (job.state == JobState::Running && step_index == job.current && !events.finished())
        progress += tr(" · ETA %1").arg(duration_text(events.etaSeconds()));
    }
    const bool live = job.state == JobState::Running && step_index == job.current;
    if (const QString memory = engine_memory_text(events.memory(), live ? step_process_memory_bytes(job) : 0);
        !memory.isEmpty())
      progress += QStringLiteral(" · ") + memory;
    if (!events.lastMessage().isEmpty() && job.message.isEmpty()) message_->setText(events.lastMessage());
  }
  const JobStep* current = job.currentStep();
  status_->setText(tr("<b>%1</b> · %2 (%3 of %4)%5 · <b>%6</b>")
                       .arg(QFileInfo(job.folder).fileName(), current ? current->name.toUpper() : QString())
                       .arg(job.current + 1)
                       .arg(job.steps.size())
                       .arg(progress, job_state_name(job.state)));
  if (!job.message.isEmpty()) message_->setText(job.message);
  QString evaluation = evaluation_summary(job.evaluationPath());
  if (const QString baseline = evaluation_summary(job.baselinePath()); !baseline.isEmpty())
    evaluation += QStringLiteral("<br>") + tr("Current model, same data: %1").arg(baseline);
  evaluation_->setText(evaluation);
  loadEvaluation();
}

void TrainingJobView::loadEvaluation() {
  const TrainingJob& job = controller_->job();
  const QFileInfo report_file(job.evaluationPath());
  const QFileInfo baseline_file(job.baselinePath());
  const QString stamp = report_file.lastModified().toString(Qt::ISODateWithMs) + QLatin1Char('|') +
                        baseline_file.lastModified().toString(Qt::ISODateWithMs);
  if (!report_file.isFile() || stamp == evaluation_loaded_) return;
  evaluation_loaded_ = stamp;
  try {
    evaluation_view_->setReport(core::read_evaluation_report(job.evaluationPath().toStdString()));
    if (baseline_file.isFile())
      evaluation_view_->setBaseline(core::read_evaluation_report(job.baselinePath().toStdString()));
    else
      evaluation_view_->clearBaseline();
  } catch (const core::InputError& e) {
    message_->setText(QString::fromStdString(e.what()));
    return;
  }
  // Enabled, not switched to: the curves stay in front until the user opens the evaluation
  // (with a 2-case validation split the radar's fill currently takes minutes to paint).
  tabs_->setTabEnabled(1, true);
}

}  // namespace ctlite::widgets
