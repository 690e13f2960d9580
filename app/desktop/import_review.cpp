// The review page of the import wizard: what was detected for each file, and the user's corrections.
#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include "core/error.h"
#include "core/paths.h"
#include "crs/crs.h"
#include "i18n.h"
#include "import_pages.h"
#include "import_wizard.h"

namespace pw::desktop {
namespace {

QString canonicalLabel(const std::string& field) {
  static const std::map<std::string, const char*> labels = {
      {"code", QT_TRANSLATE_NOOP("ImportWizard", "Id")},
      {"from_code", QT_TRANSLATE_NOOP("ImportWizard", "From manhole")},
      {"to_code", QT_TRANSLATE_NOOP("ImportWizard", "To manhole")},
      {"drainage", QT_TRANSLATE_NOOP("ImportWizard", "Drainage type")},
      {"diameter", QT_TRANSLATE_NOOP("ImportWizard", "Diameter")},
      {"material", QT_TRANSLATE_NOOP("ImportWizard", "Material")},
      {"from_invert", QT_TRANSLATE_NOOP("ImportWizard", "Upstream invert")},
      {"to_invert", QT_TRANSLATE_NOOP("ImportWizard", "Downstream invert")},
      {"from_depth", QT_TRANSLATE_NOOP("ImportWizard", "Upstream depth")},
      {"to_depth", QT_TRANSLATE_NOOP("ImportWizard", "Downstream depth")},
      {"build_date", QT_TRANSLATE_NOOP("ImportWizard", "Build date")},
      {"road", QT_TRANSLATE_NOOP("ImportWizard", "Road")},
      {"owner", QT_TRANSLATE_NOOP("ImportWizard", "Owner")},
      {"kind", QT_TRANSLATE_NOOP("ImportWizard", "Kind")},
      {"ground_elev", QT_TRANSLATE_NOOP("ImportWizard", "Ground elevation")},
      {"depth", QT_TRANSLATE_NOOP("ImportWizard", "Depth")},
      {"name", QT_TRANSLATE_NOOP("ImportWizard", "Name")},
  };
  const auto it = labels.find(field);
  return it == labels.end() ? QString::fromStdString(field) : ImportWizard::tr(it->second);
}

}  // namespace

void ReviewPageWidget::initializePage() {
  for (std::size_t i = 0; i < m_wizard->entries().size(); ++i) {
    if (!m_wizard->entries()[i].plan) m_wizard->replan(i);
  }
  m_wizard->showEntry(0);
}

bool ReviewPageWidget::isComplete() const { return m_wizard->allPlanned(); }

QWizardPage* ImportWizard::createReviewPage() {
  auto* page = new ReviewPageWidget(this);
  page->setTitle(tr("Check what was detected"));
  page->setSubTitle(tr("Correct the role, encoding, CRS or field mapping where the detection is wrong."));
  auto* layout = new QHBoxLayout(page);
  auto* splitter = new QSplitter(page);
  layout->addWidget(splitter);
  m_reviewList = new QListWidget(splitter);
  m_reviewList->setMaximumWidth(260);
  auto* right = new QWidget(splitter);
  auto* rightLayout = new QVBoxLayout(right);
  auto* form = new QFormLayout;
  m_role = new QComboBox(right);
  m_role->addItem(tr("Pipes"), QStringLiteral("pipes"));
  m_role->addItem(tr("Manholes"), QStringLiteral("manholes"));
  m_role->addItem(tr("Districts"), QStringLiteral("districts"));
  m_profile = new QComboBox(right);
  m_encoding = new QComboBox(right);
  m_encoding->addItem(tr("Automatic"), QString());
  for (const char* e : {"GBK", "UTF-8", "GB18030", "BIG5", "ISO-8859-1", "CP1252"}) {
    m_encoding->addItem(QString::fromLatin1(e), QString::fromLatin1(e));
  }
  m_crs = new QLineEdit(right);
  m_crs->setPlaceholderText(tr("automatic (from .prj or the coordinates), or EPSG:4549"));
  form->addRow(tr("Role"), m_role);
  form->addRow(tr("Field profile"), m_profile);
  form->addRow(tr("Encoding"), m_encoding);
  form->addRow(tr("CRS"), m_crs);
  rightLayout->addLayout(form);
  m_detected = new QLabel(right);
  m_detected->setWordWrap(true);
  m_detected->setTextInteractionFlags(Qt::TextSelectableByMouse);
  rightLayout->addWidget(m_detected);
  m_mapping = new QTableWidget(right);
  m_mapping->setColumnCount(2);
  m_mapping->setHorizontalHeaderLabels({tr("PipeWard field"), tr("Source field")});
  m_mapping->horizontalHeader()->setStretchLastSection(true);
  m_mapping->verticalHeader()->hide();
  rightLayout->addWidget(m_mapping, 2);
  auto* save = new QPushButton(tr("Save mapping as profile..."), right);
  rightLayout->addWidget(save, 0, Qt::AlignLeft);
  rightLayout->addWidget(new QLabel(tr("First rows as read:"), right));
  m_preview = new QTableWidget(right);
  m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
  rightLayout->addWidget(m_preview, 2);
  splitter->setStretchFactor(1, 1);

  connect(m_reviewList, &QListWidget::currentRowChanged, this, &ImportWizard::showEntry);
  auto optionsChanged = [this, page] {
    if (m_filling || m_current < 0) return;
    auto& e = m_entries[static_cast<std::size_t>(m_current)];
    e.options.role = roleFromKey(m_role->currentData().toString().toStdString());
    e.options.encoding = m_encoding->currentData().toString().toStdString();
    e.options.profile = m_profile->currentData().toString().toStdString();
    e.options.assumeEpsg.reset();
    e.error.clear();
    const QString crsText = m_crs->text().trimmed();
    if (!crsText.isEmpty()) {
      try {
        e.options.assumeEpsg = crs::parseEpsg(crsText.toStdString());
      } catch (const Error& error) {
        e.plan.reset();
        e.error = i18n::errorText(error);
      }
    }
    if (e.error.isEmpty()) replan(static_cast<std::size_t>(m_current));
    showEntry(m_current);
    page->notifyChanged();
  };
  connect(m_role, &QComboBox::currentIndexChanged, this, optionsChanged);
  connect(m_profile, &QComboBox::currentIndexChanged, this, optionsChanged);
  connect(m_encoding, &QComboBox::currentIndexChanged, this, optionsChanged);
  connect(m_crs, &QLineEdit::editingFinished, this, optionsChanged);
  connect(save, &QPushButton::clicked, this, [this] {
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save mapping"), tr("Profile name:"), QLineEdit::Normal,
                                               QStringLiteral("my-survey"), &ok);
    if (!ok || name.trimmed().isEmpty()) return;
    try {
      saveMappingAs(name.trimmed());
    } catch (const Error& e) {
      QMessageBox::warning(this, tr("Save mapping"), i18n::errorText(e));
    }
  });
  return page;
}

void ImportWizard::showEntry(int row) {
  if (!m_reviewList) return;
  // Filling the widgets must not read back as user edits (nor re-enter through the list's signal).
  struct Filling {
    bool& flag;
    bool was;
    explicit Filling(bool& f) : flag(f), was(f) { flag = true; }
    ~Filling() { flag = was; }
  } filling(m_filling);
  const QSignalBlocker blockList(m_reviewList);
  if (m_reviewList->count() != static_cast<int>(m_entries.size())) {
    m_reviewList->clear();
    for (const auto& e : m_entries) m_reviewList->addItem(QFileInfo(e.path).fileName());
  }
  for (int i = 0; i < m_reviewList->count(); ++i) {
    const auto& e = m_entries[static_cast<std::size_t>(i)];
    const bool ok = e.plan && e.plan->source->info().crs;
    m_reviewList->item(i)->setIcon(
        style()->standardIcon(ok ? QStyle::SP_DialogApplyButton : QStyle::SP_MessageBoxWarning));
  }
  m_current = row;
  if (row < 0 || row >= static_cast<int>(m_entries.size())) return;
  m_reviewList->setCurrentRow(row);
  auto& e = m_entries[static_cast<std::size_t>(row)];
  m_profile->clear();
  m_profile->addItem(tr("Automatic"), QString());
  try {
    for (const auto& p : loadAllProfiles())
      m_profile->addItem(QString::fromStdString(p.name), QString::fromStdString(p.name));
  } catch (const Error& error) {
    e.error = i18n::errorText(error);
  }
  m_profile->setCurrentIndex(std::max(0, m_profile->findData(QString::fromStdString(e.options.profile))));
  m_encoding->setCurrentIndex(std::max(0, m_encoding->findData(QString::fromStdString(e.options.encoding))));
  m_crs->setText(e.options.assumeEpsg ? QStringLiteral("EPSG:%1").arg(*e.options.assumeEpsg) : QString());
  m_mapping->setRowCount(0);
  m_preview->clear();
  m_preview->setRowCount(0);
  m_preview->setColumnCount(0);
  if (!e.plan) {
    m_detected->setText(QStringLiteral("<span style='color:#c00000'>%1</span>").arg(e.error.toHtmlEscaped()));
    return;
  }
  const auto& plan = *e.plan;
  const auto& info = plan.source->info();
  m_role->setCurrentIndex(m_role->findData(QString::fromLatin1(roleKey(plan.role))));
  QStringList lines;
  lines << tr("Role: %1 (%2)").arg(m_role->currentText(), i18n::text(plan.roleReason));
  lines << tr("Profile: %1 (%2)").arg(QString::fromStdString(plan.profile.name), i18n::text(plan.profileReason));
  lines << tr("Encoding: %1 (%2)")
               .arg(QString::fromStdString(info.encoding.name),
                    i18n::joined({info.encoding.origin, info.encoding.verdict}));
  if (info.crs) {
    lines << tr("CRS: %1 %2 (%3)")
                 .arg(info.crs->epsg ? QStringLiteral("EPSG:%1").arg(info.crs->epsg) : QString(),
                      QString::fromStdString(info.crs->name), i18n::text(info.crs->reason));
  } else {
    lines << QStringLiteral("<span style='color:#c00000'>%1</span>")
                 .arg(tr(
                     "CRS: unknown; the file has no .prj and its coordinates do not tell. Enter the EPSG code above."));
  }
  lines << tr("%1 features of %2").arg(info.featureCount).arg(i18n::text(geometryKindName(info.geometry), {}));
  for (const auto& note : info.notes) lines << tr("Note: %1").arg(i18n::text(note));
  m_detected->setText(lines.join(QStringLiteral("<br>")));
  // The mapping: every canonical field of the role, with the source field bound to it.
  const auto& canonical = canonicalFields(plan.role);
  m_mapping->setRowCount(static_cast<int>(canonical.size()));
  const auto& required = plan.mapping().required;
  for (int r = 0; r < m_mapping->rowCount(); ++r) {
    const std::string& field = canonical[static_cast<std::size_t>(r)];
    const bool isRequired = std::find(required.begin(), required.end(), field) != required.end();
    auto* label = new QTableWidgetItem(canonicalLabel(field) + (isRequired ? QStringLiteral(" *") : QString()));
    label->setData(Qt::UserRole, QString::fromStdString(field));
    label->setFlags(Qt::ItemIsEnabled);
    m_mapping->setItem(r, 0, label);
    auto* combo = new QComboBox(m_mapping);
    combo->addItem(tr("(not mapped)"), -1);
    for (std::size_t i = 0; i < info.fields.size(); ++i)
      combo->addItem(QString::fromStdString(info.fields[i]), static_cast<int>(i));
    const auto bound = plan.bound.find(field);
    combo->setCurrentIndex(bound == plan.bound.end() ? 0 : combo->findData(bound->second));
    connect(combo, &QComboBox::currentIndexChanged, this, &ImportWizard::applyMappingEdits);
    m_mapping->setCellWidget(r, 1, combo);
  }
  m_mapping->resizeColumnToContents(0);
  const auto rows = plan.source->preview(5);
  m_preview->setColumnCount(static_cast<int>(info.fields.size()));
  QStringList headers;
  for (const auto& f : info.fields) headers << QString::fromStdString(f);
  m_preview->setHorizontalHeaderLabels(headers);
  m_preview->setRowCount(static_cast<int>(rows.size()));
  for (int r = 0; r < m_preview->rowCount(); ++r) {
    for (int c = 0; c < m_preview->columnCount(); ++c) {
      m_preview->setItem(
          r, c,
          new QTableWidgetItem(QString::fromStdString(rows[static_cast<std::size_t>(r)][static_cast<std::size_t>(c)])));
    }
  }
  m_preview->resizeColumnsToContents();
}

void ImportWizard::applyMappingEdits() {
  if (m_filling || m_current < 0) return;
  auto& e = m_entries[static_cast<std::size_t>(m_current)];
  if (!e.plan) return;
  e.plan->bound.clear();
  for (int r = 0; r < m_mapping->rowCount(); ++r) {
    const auto field = m_mapping->item(r, 0)->data(Qt::UserRole).toString().toStdString();
    const int index = qobject_cast<QComboBox*>(m_mapping->cellWidget(r, 1))->currentData().toInt();
    if (index >= 0) e.plan->bound[field] = index;
  }
  e.plan->profileReason = {PW_TR("edited by the user"), {}};
  e.error.clear();
  try {
    validateBinding(*e.plan);
  } catch (const Error& error) {
    e.error = i18n::errorText(error);
  }
  m_detected->setToolTip(e.error);
  if (auto* page = qobject_cast<ReviewPageWidget*>(this->page(ReviewPage))) page->notifyChanged();
}

void ImportWizard::saveMappingAs(const QString& name) {
  if (m_current < 0 || !m_entries[static_cast<std::size_t>(m_current)].plan) return;
  const auto& plan = *m_entries[static_cast<std::size_t>(m_current)].plan;
  Profile profile;
  profile.name = name.toStdString();
  profile.title = name.toStdString();
  LayerMapping mapping;
  mapping.required = plan.mapping().required;
  mapping.codeFallback = plan.mapping().codeFallback;
  mapping.values = plan.mapping().values;
  for (const auto& [field, index] : plan.bound)
    mapping.fields[field] = {plan.source->info().fields[static_cast<std::size_t>(index)]};
  for (auto it = mapping.required.begin(); it != mapping.required.end();) {
    it = mapping.fields.count(*it) ? it + 1 : mapping.required.erase(it);
  }
  profile.layers[plan.role] = mapping;
  saveProfile(profile, userMappingsDir() + "/" + profile.name + ".json");
}

}  // namespace pw::desktop
