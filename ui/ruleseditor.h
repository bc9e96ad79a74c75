#pragma once

#include <QDialog>
#include <QJsonArray>
#include <QStringList>

class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace roamdesk {
class AlertService;
struct RuleSet;
} // namespace roamdesk

namespace roamdesk::ui {

/// The rules that raise alerts, one at a time: a list of rules (id and kind) and the selected rule's JSON,
/// checked by the rules parser as it is typed (file, rule and field named); Save writes the user's rules file
/// and applies them at once; Restore defaults goes back to the pack RoamDesk ships. Nothing invalid is saved.
class RulesEditor final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RulesEditor)

public:
    /// `alerts` may be null (nothing is applied then, only saved).
    explicit RulesEditor(AlertService *alerts, QWidget *parent = nullptr);
    ~RulesEditor() override;

    /// Where Save writes (RulesFile::userPath() unless set).
    void setPath(const QString &path);
    QString path() const { return m_path; }
    /// The problems found in what is being edited now (empty: it can be saved).
    QStringList problems() const { return m_problems; }

public Q_SLOTS:
    bool save();
    void restoreDefaults();
    void addRule();
    void removeRule();

private:
    static QString labelOf(const QJsonObject &rule);
    void load();
    void showRules(const QJsonArray &rules, int select);
    void keepEditedText();
    void onRuleSelected(int row);
    void validate();
    /// The rules as edited; false (with `problems`) when a rule is not a JSON object.
    bool collect(QJsonArray *rules, QStringList *problems) const;

    AlertService *m_alerts;
    QString m_path;
    QStringList m_texts; // each rule's JSON as edited
    QStringList m_problems;
    int m_current = -1;
    QLabel *m_source;
    QListWidget *m_list;
    QPlainTextEdit *m_editor;
    QLabel *m_messages;
    QComboBox *m_newKind;
    QPushButton *m_save;
};

} // namespace roamdesk::ui
