#include "ui/ruleseditor.h"

#include "app/alerts/alertservice.h"
#include "app/rules/rulesfile.h"
#include "models/rule.h"
#include "ui/confirmation.h"
#include "ui/themecolors.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QLoggingCategory>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcRulesEditor, "roamdesk.ui.rules")

namespace roamdesk::ui {

namespace {

QString pretty(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)).trimmed();
}

/// A new rule of `kind` with its parameters at their defaults, for the user to fill in.
QJsonObject templateFor(const QString &kind, int number)
{
    QJsonObject rule{{u"id"_s, u"%1-%2"_s.arg(kind).arg(number)}, {u"kind"_s, kind}};
    if (kind == u"country-denied"_s)
        rule.insert(u"countries"_s, QJsonArray{u"KP"_s});
    else if (kind == u"event-match"_s)
        rule.insert(u"where"_s, u"type:roaming-on"_s);
    else if (kind == u"roaming-hours"_s) {
        rule.insert(u"from"_s, u"08:00"_s);
        rule.insert(u"to"_s, u"18:00"_s);
        rule.insert(u"days"_s, QJsonArray{1, 2, 3, 4, 5});
        rule.insert(u"timezone"_s, u"Europe/Helsinki"_s);
    } else if (kind == u"stale-status"_s || kind == u"subscription-ending"_s)
        rule.insert(u"hours"_s, 24);
    else if (kind == u"country-hopping"_s) {
        rule.insert(u"changes"_s, 3);
        rule.insert(u"hours"_s, 24);
    }
    return rule;
}

QJsonArray defaultRules()
{
    QFile file(u":/roamdesk/rules/default.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object().value(u"rules"_s).toArray();
}

} // namespace

RulesEditor::RulesEditor(AlertService *alerts, QWidget *parent)
    : QDialog(parent)
    , m_alerts(alerts)
    , m_path(RulesFile::userPath())
{
    setWindowTitle(tr("Alert rules"));
    setObjectName(u"rulesEditor"_s);

    m_source = new QLabel(this);
    m_source->setObjectName(u"rulesSourceLabel"_s);
    m_source->setWordWrap(true);
    m_source->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_list = new QListWidget(this);
    m_list->setObjectName(u"rulesList"_s);
    m_list->setAccessibleName(tr("Rules"));
    m_newKind = new QComboBox(this);
    m_newKind->setObjectName(u"newRuleKind"_s);
    m_newKind->setAccessibleName(tr("Kind of the new rule"));
    for (const RuleKind kind : rulekind::all())
        m_newKind->addItem(rulekind::toWire(kind));
    auto *add = new QPushButton(tr("&Add"), this);
    add->setObjectName(u"addRuleButton"_s);
    auto *remove = new QPushButton(tr("Re&move"), this);
    remove->setObjectName(u"removeRuleButton"_s);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_newKind, 1);
    listButtons->addWidget(add);
    listButtons->addWidget(remove);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_list, 1);
    leftLayout->addLayout(listButtons);

    m_editor = new QPlainTextEdit(this);
    m_editor->setObjectName(u"ruleJsonEdit"_s);
    m_editor->setAccessibleName(tr("The selected rule as JSON"));
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setTabChangesFocus(true);
    auto *help =
        new QLabel(tr("Each rule is a JSON object: \"id\", \"kind\", \"severity\" (info, warning, critical), an "
                      "optional \"where\" filter and the kind's parameters."),
            this);
    help->setWordWrap(true);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(help);
    rightLayout->addWidget(m_editor, 1);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 2);

    m_messages = new QLabel(this);
    m_messages->setObjectName(u"rulesMessages"_s);
    m_messages->setWordWrap(true);
    m_messages->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(u"saveRulesButton"_s);
    QPushButton *restore = buttons->addButton(tr("Restore &defaults"), QDialogButtonBox::ResetRole);
    restore->setObjectName(u"restoreDefaultsButton"_s);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_source);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_messages);
    layout->addWidget(buttons);
    resize(900, 560);

    connect(m_list, &QListWidget::currentRowChanged, this, &RulesEditor::onRuleSelected);
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        keepEditedText();
        validate();
    });
    connect(add, &QPushButton::clicked, this, &RulesEditor::addRule);
    connect(remove, &QPushButton::clicked, this, &RulesEditor::removeRule);
    connect(m_save, &QPushButton::clicked, this, &RulesEditor::save);
    connect(restore, &QPushButton::clicked, this, [this] {
        if (confirmDestructive(this, tr("Restore default rules"),
                tr("Your rules are replaced by the rules RoamDesk ships with. Restore them?"), tr("Restore")))
            restoreDefaults();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    load();
}

RulesEditor::~RulesEditor() = default;

QString RulesEditor::labelOf(const QJsonObject &rule)
{
    return tr("%1 (%2)").arg(rule.value(u"id"_s).toString(), rule.value(u"kind"_s).toString());
}

void RulesEditor::setPath(const QString &path)
{
    m_path = path;
    load();
}

void RulesEditor::load()
{
    QJsonArray rules;
    QFile file(m_path);
    if (file.open(QIODevice::ReadOnly)) {
        rules = QJsonDocument::fromJson(file.readAll()).object().value(u"rules"_s).toArray();
        m_source->setText(tr("Your rules, from %1.").arg(QDir::toNativeSeparators(m_path)));
    } else {
        rules = defaultRules();
        m_source->setText(tr("The default rules: you have none of your own yet. Saving writes %1.")
                              .arg(QDir::toNativeSeparators(m_path)));
    }
    showRules(rules, 0);
}

void RulesEditor::showRules(const QJsonArray &rules, int select)
{
    m_texts.clear();
    for (const QJsonValue &rule : rules)
        m_texts << pretty(rule.toObject());
    m_current = -1;
    m_list->clear();
    for (const QString &text : std::as_const(m_texts)) {
        m_list->addItem(labelOf(QJsonDocument::fromJson(text.toUtf8()).object()));
    }
    m_list->setCurrentRow(m_texts.isEmpty() ? -1 : qBound(0, select, int(m_texts.size()) - 1));
    if (m_texts.isEmpty())
        onRuleSelected(-1);
    validate();
}

void RulesEditor::onRuleSelected(int row)
{
    m_current = -1; // setPlainText must not write into the rule being left
    const QSignalBlocker block(m_editor);
    m_editor->setPlainText(row >= 0 && row < m_texts.size() ? m_texts.at(row) : QString());
    m_editor->setEnabled(row >= 0);
    m_current = row;
}

void RulesEditor::keepEditedText()
{
    if (m_current < 0 || m_current >= m_texts.size())
        return;
    m_texts[m_current] = m_editor->toPlainText();
    const QJsonObject rule = QJsonDocument::fromJson(m_texts.at(m_current).toUtf8()).object();
    if (!rule.isEmpty())
        m_list->item(m_current)->setText(labelOf(rule));
}

bool RulesEditor::collect(QJsonArray *rules, QStringList *problems) const
{
    bool ok = true;
    for (int i = 0; i < m_texts.size(); ++i) {
        QJsonParseError error{};
        const QJsonDocument document = QJsonDocument::fromJson(m_texts.at(i).toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !document.isObject()) {
            const QString line = m_list->item(i) ? m_list->item(i)->text() : QString::number(i + 1);
            *problems << (error.error != QJsonParseError::NoError ? tr("Rule %1: not valid JSON at character %2: %3")
                                                                        .arg(line)
                                                                        .arg(error.offset)
                                                                        .arg(error.errorString())
                                                                  : tr("Rule %1: must be a JSON object").arg(line));
            ok = false;
            continue;
        }
        rules->append(document.object());
    }
    return ok;
}

void RulesEditor::validate()
{
    m_problems.clear();
    QJsonArray rules;
    if (collect(&rules, &m_problems)) {
        const QByteArray json = QJsonDocument(QJsonObject{{u"rules"_s, rules}}).toJson();
        RuleSet::fromJson(json, QFileInfo(m_path).fileName(), &m_problems);
    }
    m_save->setEnabled(m_problems.isEmpty());
    if (m_problems.isEmpty()) {
        m_messages->setStyleSheet(QString());
        m_messages->setText(tr("%n rule(s), all valid.", nullptr, int(m_texts.size())));
    } else {
        m_messages->setStyleSheet(theme::textStyle(theme::error()));
        m_messages->setText(m_problems.join(QLatin1Char('\n')));
    }
}

bool RulesEditor::save()
{
    validate();
    if (!m_problems.isEmpty())
        return false;
    QJsonArray rules;
    QStringList problems;
    collect(&rules, &problems);
    const QByteArray json = QJsonDocument(QJsonObject{{u"rules"_s, rules}}).toJson(QJsonDocument::Indented);
    const std::optional<RuleSet> set = RuleSet::fromJson(json, QFileInfo(m_path).fileName(), &problems);
    if (!set)
        return false;
    // As written (descriptions and all), once the parser accepted it; atomically, so a crash leaves the old file.
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
        m_messages->setStyleSheet(theme::textStyle(theme::error()));
        m_messages->setText(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(m_path), file.errorString()));
        return false;
    }
    qCInfo(lcRulesEditor) << "rules saved:" << set->rules.size();
    if (m_alerts)
        m_alerts->setRules(*set);
    m_source->setText(tr("Your rules, from %1.").arg(QDir::toNativeSeparators(m_path)));
    m_messages->setStyleSheet(QString());
    m_messages->setText(tr("Saved and applied."));
    return true;
}

void RulesEditor::restoreDefaults()
{
    QFile::remove(m_path);
    load();
    if (m_alerts)
        m_alerts->setRules(RulesFile::defaultPack());
}

void RulesEditor::addRule()
{
    const QJsonObject rule = templateFor(m_newKind->currentText(), int(m_texts.size()) + 1);
    m_texts << pretty(rule);
    m_list->addItem(labelOf(rule));
    m_list->setCurrentRow(int(m_texts.size()) - 1);
    validate();
}

void RulesEditor::removeRule()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_texts.size())
        return;
    m_current = -1;
    m_texts.removeAt(row);
    delete m_list->takeItem(row);
    onRuleSelected(m_list->currentRow());
    validate();
}

} // namespace roamdesk::ui
