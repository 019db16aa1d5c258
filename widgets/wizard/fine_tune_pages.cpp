#include "widgets/wizard/fine_tune_pages.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QtConcurrent>
#include <functional>

#include "widgets/wizard/fine_tune_model.h"
#include "widgets/wizard/training_job_controller.h"
#include "widgets/wizard/training_job_view.h"

namespace ctlite::widgets {
namespace {

constexpr int kValidateDelayMs = 400;

// A line edit with a "Browse…" button; `pick` opens the right dialog.
QWidget* with_browse(QLineEdit* edit, QWidget* parent, const std::function<QString()>& pick) {
  auto* row = new QWidget(parent);
  auto* layout = new QHBoxLayout(row);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(edit, 1);
  auto* browse = new QPushButton(QObject::tr("Browse…"), row);
  layout->addWidget(browse);
  QObject::connect(browse, &QPushButton::clicked, edit, [edit, pick] {
    const QString chosen = pick();
    if (!chosen.isEmpty()) {
      edit->setText(chosen);
      emit edit->textEdited(chosen);
    }
  });
  return row;
}

QLabel* hint(const QString& text, QWidget* parent) {
  auto* label = new QLabel(text, parent);
  label->setWordWrap(true);
  label->setStyleSheet(QStringLiteral("color: #9aa0a8;"));
  return label;
}

QLabel* problem_label(QWidget* parent) {
  auto* label = new QLabel(parent);
  label->setWordWrap(true);
  label->setObjectName(QStringLiteral("page-problems"));
  label->setStyleSheet(QStringLiteral("color: #f06060;"));
  return label;
}

QSpinBox* spin(int low, int high, QWidget* parent) {
  auto* box = new QSpinBox(parent);
  box->setRange(low, high);
  return box;
}

}  // namespace

// ---- 1. data --------------------------------------------------------------------------------

DataPage::DataPage(FineTuneModel* model, QWidget* parent)
    : QWizardPage(parent),
      model_(model),
      source_(new QComboBox(this)),
      source_hint_(hint(QString(), this)),
      folder_(new QLineEdit(this)),
      summary_(new QTextBrowser(this)) {
  setTitle(tr("Training data"));
  setSubTitle(tr("Choose where the training cases come from. The data is checked before anything is trained."));
  source_->setObjectName(QStringLiteral("data-source"));
  source_->addItem(tr("CT-RATE-style folder"), static_cast<int>(DataSource::CtRateFolder));
  source_->addItem(tr("Volumes + reports CSV"), static_cast<int>(DataSource::ReportsCsv));
  source_->addItem(tr("Paired uncompressed/compressed series"), static_cast<int>(DataSource::PairedSeries));
  source_hint_->setObjectName(QStringLiteral("data-source-hint"));
  folder_->setObjectName(QStringLiteral("data-folder"));
  summary_->setObjectName(QStringLiteral("data-validation"));
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(source_);
  layout->addWidget(source_hint_);
  layout->addWidget(with_browse(folder_, this, [this] {
    if (model_->settings().data_source == DataSource::CtRateFolder)
      return QFileDialog::getExistingDirectory(this, tr("Training data folder"), folder_->text());
    return QFileDialog::getOpenFileName(this, tr("Reports CSV"), folder_->text(), tr("CSV files (*.csv)"));
  }));
  layout->addWidget(summary_, 1);
  showSourceHint();
  debounce_.setSingleShot(true);
  debounce_.setInterval(kValidateDelayMs);
  connect(&debounce_, &QTimer::timeout, this, &DataPage::validateNow);
  connect(source_, &QComboBox::currentIndexChanged, this, [this] {
    model_->settings().data_source = static_cast<DataSource>(source_->currentData().toInt());
    showSourceHint();
    startValidation();
  });
  connect(folder_, &QLineEdit::textEdited, this, [this](const QString& text) {
    model_->settings().data_folder = text.trimmed();
    startValidation();
  });
  connect(&watcher_, &QFutureWatcher<core::TrainingDataValidation>::finished, this, [this] {
    model_->setValidation(pending_folder_, watcher_.result());
    summary_->setHtml(model_->validationSummaryHtml());
    emit completeChanged();
    if (pending_folder_ != model_->settings().data_folder) debounce_.start();  // typed on meanwhile
    else emit validated();
  });
}

void DataPage::showSourceHint() {
  switch (model_->settings().data_source) {
    case DataSource::CtRateFolder:
      source_hint_->setText(tr("Real CT-RATE or `ctlite synth`: volumes in train/ and valid/, reports, labels and "
                               "metadata CSVs."));
      break;
    case DataSource::ReportsCsv:
      source_hint_->setText(tr("A CSV (or a folder holding reports.csv) with the columns volume (NIfTI, DICOM "
                               "folder, JPEG stack or npz, relative to the CSV) and report, optionally split, "
                               "patient and the 18 finding columns; without them the labels are derived from the "
                               "reports. See docs/FINE_TUNING.md."));
      break;
    case DataSource::PairedSeries:
      source_hint_->setText(tr("The same CSV with a compressed column naming each case's JPEG-stack folder: the "
                               "teacher reads the uncompressed volume, the student the compressed stack."));
      break;
  }
}

void DataPage::startValidation() {
  summary_->setHtml(tr("<p>Checking…</p>"));
  debounce_.start();
  emit completeChanged();
}

void DataPage::setFolder(const QString& folder) {
  folder_->setText(folder);
  emit folder_->textEdited(folder);
}

void DataPage::setSource(DataSource source) { source_->setCurrentIndex(source_->findData(static_cast<int>(source))); }

void DataPage::validateNow() {
  if (watcher_.isRunning()) return;  // the finished handler revalidates the newer folder
  pending_folder_ = model_->settings().data_folder;
  const std::string folder = pending_folder_.toStdString();
  watcher_.setFuture(QtConcurrent::run([folder] { return core::validate_training_data(folder); }));
}

bool DataPage::isComplete() const { return model_->dataComplete(); }

// ---- 2. teacher and stages ------------------------------------------------------------------

TeacherPage::TeacherPage(FineTuneModel* model, QWidget* parent)
    : QWizardPage(parent),
      model_(model),
      kind_(new QButtonGroup(this)),
      checkpoint_(new QLineEdit(this)),
      config_(new QLineEdit(this)),
      bundle_(new QLineEdit(this)),
      stages_(new QComboBox(this)),
      student_(new QLineEdit(this)),
      problems_(problem_label(this)) {
  setTitle(tr("Teacher and stages"));
  setSubTitle(tr("FAST distils the teacher's CT-ViT into a student that reads the lung-window JPEG stacks; "
                 "SFP then trains the factorised projection head against the teacher's text tower."));
  auto* form = new QFormLayout(this);
  auto* demo = new QRadioButton(tr("Bundled demo model"), this);
  auto* checkpoint = new QRadioButton(tr("CT-CLIP checkpoint (.pt / .safetensors)"), this);
  auto* bundle = new QRadioButton(tr("A previous CT-Lite bundle or training output"), this);
  kind_->addButton(demo, static_cast<int>(TeacherKind::BundledDemo));
  kind_->addButton(checkpoint, static_cast<int>(TeacherKind::CtClipCheckpoint));
  kind_->addButton(bundle, static_cast<int>(TeacherKind::PreviousBundle));
  demo->setChecked(true);
  form->addRow(demo, hint(model_->demoModel().isEmpty() ? tr("not installed") : model_->demoModel(), this));
  form->addRow(checkpoint, with_browse(checkpoint_, this, [this] {
    return QFileDialog::getOpenFileName(this, tr("CT-CLIP checkpoint"), {}, tr("Weights (*.pt *.pth *.safetensors)"));
  }));
  form->addRow(tr("   CT-ViT config (empty: CT-CLIP's)"), with_browse(config_, this, [this] {
    return QFileDialog::getOpenFileName(this, tr("CT-ViT configuration"), {}, tr("JSON (*.json)"));
  }));
  form->addRow(bundle, with_browse(bundle_, this, [this] {
    return QFileDialog::getExistingDirectory(this, tr("Bundle or training output"));
  }));
  stages_->addItem(tr("FAST then SFP (recommended)"), static_cast<int>(TrainingStages::FastThenSfp));
  stages_->addItem(tr("FAST only (student encoder)"), static_cast<int>(TrainingStages::Fast));
  stages_->addItem(tr("SFP only (needs a FAST student)"), static_cast<int>(TrainingStages::Sfp));
  stages_->setObjectName(QStringLiteral("stage-choice"));
  form->addRow(tr("Stages"), stages_);
  form->addRow(tr("   FAST student (SFP only)"), with_browse(student_, this, [this] {
    return QFileDialog::getExistingDirectory(this, tr("Output of an earlier FAST stage"));
  }));
  form->addRow(problems_);
  connect(kind_, &QButtonGroup::idClicked, this, [this] { syncModel(); });
  for (QLineEdit* edit : {checkpoint_, config_, bundle_, student_}) connect(edit, &QLineEdit::textEdited, this, [this] { syncModel(); });
  connect(stages_, &QComboBox::activated, this, [this] { syncModel(); });
  syncModel();
}

void TeacherPage::syncModel() {
  FineTuneSettings& s = model_->settings();
  s.teacher_kind = static_cast<TeacherKind>(kind_->checkedId());
  s.teacher_path = s.teacher_kind == TeacherKind::CtClipCheckpoint ? checkpoint_->text().trimmed() : bundle_->text().trimmed();
  s.ctvit_config = config_->text().trimmed();
  s.stages = static_cast<TrainingStages>(stages_->currentData().toInt());
  s.student_path = student_->text().trimmed();
  const QStringList problems = model_->teacherProblems();
  problems_->setText(problems.join(QLatin1Char('\n')));
  emit completeChanged();
}

bool TeacherPage::isComplete() const { return model_->teacherProblems().isEmpty(); }

// ---- 3. hyper-parameters ----------------------------------------------------------------------

HyperparameterPage::HyperparameterPage(FineTuneModel* model, QWidget* parent)
    : QWizardPage(parent),
      model_(model),
      rank_(spin(1, 512, this)),
      head_cost_(hint({}, this)),
      learning_rate_(new QLineEdit(this)),
      mup_(new QCheckBox(tr("μP scaling per block (eq. 19)"), this)),
      learning_rate_hint_(hint({}, this)),
      fast_steps_(spin(1, 10000000, this)),
      sfp_steps_(spin(1, 10000000, this)),
      fast_accumulation_(spin(1, 4096, this)),
      sfp_batch_(spin(1, 4096, this)),
      slices_(spin(1, 2048, this)),
      device_(new QComboBox(this)),
      processes_(spin(1, 64, this)),
      checkpoint_every_(spin(1, 1000000, this)),
      prompt_fraction_(new QDoubleSpinBox(this)),
      problems_(problem_label(this)) {
  setTitle(tr("Hyper-parameters"));
  setSubTitle(tr("The paper's defaults; each line says what the value does."));
  setCommitPage(true);
  setButtonText(QWizard::CommitButton, tr("Start training"));
  rank_->setObjectName(QStringLiteral("rank"));
  head_cost_->setObjectName(QStringLiteral("head-cost"));
  learning_rate_->setObjectName(QStringLiteral("learning-rate"));
  fast_steps_->setObjectName(QStringLiteral("fast-steps"));
  sfp_steps_->setObjectName(QStringLiteral("sfp-steps"));
  prompt_fraction_->setRange(0, 1);
  prompt_fraction_->setSingleStep(0.1);
  device_->addItem(tr("CPU"), QStringLiteral("cpu"));
  if (model_->cudaAvailable()) device_->addItem(tr("GPU (CUDA)"), QStringLiteral("cuda"));

  auto* form = new QFormLayout(this);
  const auto row = [this, form](const QString& label, QWidget* field, const QString& explanation) {
    auto* box = new QWidget(this);
    auto* layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(field);
    layout->addWidget(hint(explanation, box), 1);
    form->addRow(label, box);
  };
  row(tr("SFP rank r"), rank_, tr("rank of each token position's block: more rank, more weights, closer to the dense head"));
  form->addRow(QString(), head_cost_);
  row(tr("Learning rate"), learning_rate_, tr("lr_base of AdamW with cosine decay (paper: 1e-4)"));
  form->addRow(QString(), mup_);
  form->addRow(QString(), learning_rate_hint_);
  row(tr("FAST steps"), fast_steps_, tr("optimizer updates of the student encoder"));
  row(tr("FAST accumulation"), fast_accumulation_, tr("volumes per update (one at a time: the paper's batch of 4)"));
  row(tr("SFP steps"), sfp_steps_, tr("optimizer updates of the projection head"));
  row(tr("SFP batch size"), sfp_batch_, tr("report/volume pairs per SigLIP batch (in-batch negatives, at least 2)"));
  row(tr("Slices"), slices_, tr("network input depth; a multiple of the teacher's temporal patch"));
  row(tr("Device"), device_, tr("CUDA only when the engine reports a GPU"));
  row(tr("Processes"), processes_, tr("data-parallel engine processes sharing the cores"));
  row(tr("Checkpoint every"), checkpoint_every_, tr("steps between checkpoints (pause and resume start there)"));
  row(tr("Prompt fraction"), prompt_fraction_, tr("share of SFP texts replaced by a finding's zero-shot prompt"));
  form->addRow(problems_);

  for (QSpinBox* box : {rank_, fast_steps_, sfp_steps_, fast_accumulation_, sfp_batch_, slices_, processes_, checkpoint_every_})
    connect(box, &QSpinBox::valueChanged, this, [this] { syncModel(); });
  connect(prompt_fraction_, &QDoubleSpinBox::valueChanged, this, [this] { syncModel(); });
  connect(learning_rate_, &QLineEdit::textEdited, this, [this] { syncModel(); });
  connect(mup_, &QCheckBox::toggled, this, [this] { syncModel(); });
  connect(device_, &QComboBox::activated, this, [this] { syncModel(); });
}

void HyperparameterPage::initializePage() {
  const FineTuneSettings& s = model_->settings();
  // The teacher's depth decides the default slice count: its temporal patch must divide it.
  const TeacherFacts teacher = model_->teacherFacts();
  binding_ = true;
  rank_->setValue(s.rank);
  learning_rate_->setText(QString::number(s.learning_rate, 'g', 6));
  mup_->setChecked(s.mup);
  fast_steps_->setValue(s.fast_steps);
  sfp_steps_->setValue(s.sfp_steps);
  fast_accumulation_->setValue(s.fast_accumulation);
  sfp_batch_->setValue(s.sfp_batch_size);
  slices_->setValue(s.slices % teacher.temporal_patch_size == 0 ? s.slices : static_cast<int>(teacher.temporal_patch_size * 8));
  slices_->setSingleStep(static_cast<int>(teacher.temporal_patch_size));
  processes_->setValue(s.processes);
  checkpoint_every_->setValue(s.checkpoint_every);
  prompt_fraction_->setValue(s.prompt_fraction);
  fast_steps_->setEnabled(s.runsFast());
  fast_accumulation_->setEnabled(s.runsFast());
  for (QWidget* w : std::initializer_list<QWidget*>{rank_, sfp_steps_, sfp_batch_, prompt_fraction_}) w->setEnabled(s.runsSfp());
  binding_ = false;
  syncModel();
}

void HyperparameterPage::syncModel() {
  if (binding_) return;
  FineTuneSettings& s = model_->settings();
  s.rank = rank_->value();
  bool ok = false;
  const double rate = learning_rate_->text().toDouble(&ok);
  s.learning_rate = ok ? rate : 0.0;
  s.mup = mup_->isChecked();
  s.fast_steps = fast_steps_->value();
  s.sfp_steps = sfp_steps_->value();
  s.fast_accumulation = fast_accumulation_->value();
  s.sfp_batch_size = sfp_batch_->value();
  s.slices = slices_->value();
  s.device = device_->currentData().toString();
  s.processes = processes_->value();
  s.checkpoint_every = checkpoint_every_->value();
  s.prompt_fraction = prompt_fraction_->value();
  head_cost_->setText(s.runsSfp() ? model_->headCostText() : QString());
  learning_rate_hint_->setText(model_->learningRateText());
  problems_->setText(model_->hyperparameterProblems().join(QLatin1Char('\n')));
  emit completeChanged();
}

bool HyperparameterPage::isComplete() const { return model_->hyperparameterProblems().isEmpty(); }

// ---- 4. run -----------------------------------------------------------------------------------

RunPage::RunPage(FineTuneModel* model, QString jobs_folder, QWidget* parent)
    : QWizardPage(parent),
      model_(model),
      jobs_folder_(std::move(jobs_folder)),
      commands_(new QPlainTextEdit(this)),
      view_(new TrainingJobView(this)) {
  setTitle(tr("Training"));
  setSubTitle(tr("The engine trains in its own process: closing this window does not stop it. "
                 "AI ▸ Training jobs… shows it again."));
  commands_->setReadOnly(true);
  commands_->setMaximumHeight(70);
  commands_->setObjectName(QStringLiteral("engine-commands"));
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(commands_);
  layout->addWidget(view_, 1);
}

void RunPage::initializePage() {
  if (controller_) return;
  QString error;
  const QString folder = create_job_folder(jobs_folder_, &error);
  if (folder.isEmpty()) {
    commands_->setPlainText(error);
    return;
  }
  TrainingJob job = model_->makeJob(folder);
  QStringList lines;
  for (const JobStep& step : job.steps) lines << QStringLiteral("%1 %2").arg(job.engine, step.arguments.join(QLatin1Char(' ')));
  commands_->setPlainText(lines.join(QLatin1Char('\n')));
  controller_ = new TrainingJobController(std::move(job), this);
  view_->setController(controller_);
  controller_->start();
  emit jobStarted(controller_);
}

}  // namespace ctlite::widgets
