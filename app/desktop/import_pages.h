#pragma once
// The wizard pages whose "Next" depends on state: the review page needs every file planned, the run page a
// finished import.
#include <QWizardPage>

namespace pw::desktop {

class ImportWizard;

class FilesPageWidget : public QWizardPage {
  Q_OBJECT
public:
  explicit FilesPageWidget(ImportWizard* wizard) : m_wizard(wizard) {}
  bool isComplete() const override;
  void notifyChanged() { emit completeChanged(); }

private:
  ImportWizard* m_wizard;
};

class ReviewPageWidget : public QWizardPage {
  Q_OBJECT
public:
  explicit ReviewPageWidget(ImportWizard* wizard) : m_wizard(wizard) {}
  void initializePage() override;
  bool isComplete() const override;
  void notifyChanged() { emit completeChanged(); }

private:
  ImportWizard* m_wizard;
};

class RunPageWidget : public QWizardPage {
  Q_OBJECT
public:
  explicit RunPageWidget(ImportWizard* wizard) : m_wizard(wizard) {}
  void initializePage() override;
  bool isComplete() const override;
  void notifyChanged() { emit completeChanged(); }

private:
  ImportWizard* m_wizard;
};

}  // namespace pw::desktop
