#include "ui/settings/environmentspage.h"

#include "app/client/environmentstore.h"
#include "app/client/secretstore.h"
#include "app/session/environmentservice.h"
#include "app/session/simulatorcontrol.h"
#include "ui/errortext.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPalette>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace roamdesk::ui {

EnvironmentsPage::EnvironmentsPage(
    EnvironmentService *environments, const SimulatorControl *simulator, TrafficLogModel *traffic, QWidget *parent)
    : QWidget(parent)
    , m_environments(environments)
    , m_simulator(simulator)
    , m_connectionTest(new api::ConnectionTest(traffic, this))
{
    setObjectName(QStringLiteral("environmentsPage"));
    connect(m_connectionTest, &api::ConnectionTest::finished, this, &EnvironmentsPage::showTestResult);

    // Created in reading order, which is also the Tab order. Mnemonics are unique across the whole dialog
    // (the tabs take E, R and D), so some rows that are rarely reached by keyboard go without one.
    m_profiles = new QListWidget(this);
    m_profiles->setObjectName(QStringLiteral("profileList"));
    m_profiles->setAccessibleName(tr("Environment profiles"));
    m_profiles->setMinimumWidth(220);
    m_add = new QPushButton(tr("Add custo&m…"), this);
    m_add->setObjectName(QStringLiteral("addProfileButton"));
    m_add->setToolTip(tr("A CAMARA endpoint of your own, with a bearer token or OAuth2 client credentials"));
    m_remove = new QPushButton(tr("Remo&ve"), this);
    m_remove->setObjectName(QStringLiteral("removeProfileButton"));
    connect(m_add, &QPushButton::clicked, this, &EnvironmentsPage::askNewProfile);
    connect(m_remove, &QPushButton::clicked, this, &EnvironmentsPage::removeOrRevert);
    connect(m_profiles, &QListWidget::currentRowChanged, this, &EnvironmentsPage::onProfileSelected);

    auto *left = new QVBoxLayout;
    left->addWidget(m_profiles, 1);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_add);
    listButtons->addWidget(m_remove);
    left->addLayout(listButtons);

    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    m_name = new QLabel(this);
    m_name->setObjectName(QStringLiteral("profileName"));
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_form->addRow(tr("Profile:"), m_name);
    m_kind = new QLabel(this);
    m_kind->setObjectName(QStringLiteral("profileKind"));
    m_form->addRow(tr("Kind:"), m_kind);

    m_apiRoot = new QLineEdit(this);
    m_apiRoot->setObjectName(QStringLiteral("apiRootEdit"));
    m_apiRoot->setAccessibleName(tr("API root URL"));
    m_apiRoot->setPlaceholderText(QStringLiteral("https://api.example.com/camara"));
    m_form->addRow(tr("API r&oot:"), m_apiRoot);
    m_apiRootNote = new QLabel(tr("Follows the simulator, whose port changes with every start."), this);
    m_apiRootNote->setObjectName(QStringLiteral("apiRootNote"));
    m_form->addRow(QString(), m_apiRootNote);

    m_auth = new QComboBox(this);
    m_auth->setObjectName(QStringLiteral("authCombo"));
    m_auth->setAccessibleName(tr("Authentication"));
    m_auth->addItem(tr("None"), int(api::AuthMode::None));
    m_auth->addItem(tr("Network as Code application key"), int(api::AuthMode::RapidApiKey));
    m_auth->addItem(tr("Bearer access token"), int(api::AuthMode::Bearer));
    m_auth->addItem(tr("OAuth2 client credentials"), int(api::AuthMode::OAuth2ClientCredentials));
    m_form->addRow(tr("Aut&hentication:"), m_auth);

    m_rapidApiHost = new QLineEdit(this);
    m_rapidApiHost->setObjectName(QStringLiteral("rapidApiHostEdit"));
    m_rapidApiHost->setAccessibleName(tr("X-RapidAPI-Host"));
    m_form->addRow(tr("RapidAPI host:"), m_rapidApiHost);
    m_apiKey = new QLineEdit(this);
    m_apiKey->setObjectName(QStringLiteral("apiKeyEdit"));
    m_form->addRow(tr("Application &key:"), secretField(m_apiKey, tr("application key")));
    m_bearerToken = new QLineEdit(this);
    m_bearerToken->setObjectName(QStringLiteral("bearerTokenEdit"));
    m_form->addRow(tr("&Bearer token:"), secretField(m_bearerToken, tr("bearer token")));
    m_tokenUrl = new QLineEdit(this);
    m_tokenUrl->setObjectName(QStringLiteral("tokenUrlEdit"));
    m_tokenUrl->setAccessibleName(tr("OAuth2 token URL"));
    m_tokenUrl->setPlaceholderText(QStringLiteral("https://auth.example.com/oauth2/token"));
    m_form->addRow(tr("Token &URL:"), m_tokenUrl);
    m_clientId = new QLineEdit(this);
    m_clientId->setObjectName(QStringLiteral("clientIdEdit"));
    m_clientId->setAccessibleName(tr("OAuth2 client id"));
    m_form->addRow(tr("&Client id:"), m_clientId);
    m_clientSecret = new QLineEdit(this);
    m_clientSecret->setObjectName(QStringLiteral("clientSecretEdit"));
    m_form->addRow(tr("Client &secret:"), secretField(m_clientSecret, tr("client secret")));
    m_scope = new QLineEdit(this);
    m_scope->setObjectName(QStringLiteral("scopeEdit"));
    m_scope->setAccessibleName(tr("OAuth2 scope"));
    m_scope->setPlaceholderText(tr("optional, space separated"));
    m_form->addRow(tr("Scope:"), m_scope);

    m_subscriptionsVersion = new QComboBox(this);
    m_subscriptionsVersion->setObjectName(QStringLiteral("subscriptionsVersionCombo"));
    m_subscriptionsVersion->setAccessibleName(tr("Subscriptions API version"));
    m_subscriptionsVersion->addItems(api::Environment::supportedSubscriptionsVersions());
    m_form->addRow(tr("Subscriptions AP&I:"), m_subscriptionsVersion);
    m_timeout = new QSpinBox(this);
    m_timeout->setObjectName(QStringLiteral("timeoutSpin"));
    m_timeout->setAccessibleName(tr("Request timeout"));
    m_timeout->setRange(1, 300);
    m_timeout->setSuffix(tr(" s"));
    m_form->addRow(tr("Timeout:"), m_timeout);

    m_profileHint = new QLabel(this);
    m_profileHint->setObjectName(QStringLiteral("profileHint"));
    m_profileHint->setWordWrap(true);
    m_test = new QPushButton(tr("&Test connection"), this);
    m_test->setObjectName(QStringLiteral("testConnectionButton"));
    m_test->setToolTip(tr("Lists the subscriptions of this profile, as edited, to check address and credentials"));
    m_testResult = new QLabel(this);
    m_testResult->setObjectName(QStringLiteral("testResult"));
    m_testResult->setAccessibleName(tr("Connection test result"));
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(m_test, &QPushButton::clicked, this, &EnvironmentsPage::testConnection);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test, 0, Qt::AlignTop);
    testRow->addWidget(m_testResult, 1);

    m_secretsLabel = new QLabel(this);
    m_secretsLabel->setObjectName(QStringLiteral("secretsLabel"));
    m_secretsLabel->setWordWrap(true);
    m_secretsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QString secrets = tr("Secrets are %1.").arg(m_environments->secretStore()->description());
    const QString fallbackReason = m_environments->secretsFallbackReason();
    if (!fallbackReason.isEmpty())
        secrets += QLatin1Char(' ') + tr("The desktop keyring is not used: %1.").arg(fallbackReason);
    m_secretsLabel->setText(secrets);

    auto *right = new QVBoxLayout;
    right->addLayout(m_form);
    right->addWidget(m_profileHint);
    right->addLayout(testRow);
    right->addStretch(1);
    right->addWidget(m_secretsLabel);

    auto *layout = new QHBoxLayout(this);
    layout->addLayout(left);
    layout->addLayout(right, 1);

    connect(m_auth, &QComboBox::currentIndexChanged, this, [this] {
        updateAuthRows();
        updateProfileHint();
        if (!m_loading) {
            clearTestResult();
            Q_EMIT changed();
        }
    });
    connect(m_subscriptionsVersion, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_loading) {
            clearTestResult();
            Q_EMIT changed();
        }
    });
    connect(m_timeout, &QSpinBox::valueChanged, this, [this] {
        if (!m_loading)
            Q_EMIT changed();
    });
    // A result shown for other settings would mislead: whatever the test depends on clears it.
    for (QLineEdit *edit :
        {m_apiRoot, m_rapidApiHost, m_apiKey, m_bearerToken, m_tokenUrl, m_clientId, m_clientSecret, m_scope}) {
        connect(edit, &QLineEdit::textChanged, this, [this] {
            if (m_loading)
                return;
            updateProfileHint();
            clearTestResult();
            Q_EMIT changed();
        });
    }
}

EnvironmentsPage::~EnvironmentsPage() = default;

QWidget *EnvironmentsPage::secretField(QLineEdit *edit, const QString &what)
{
    auto *box = new QWidget(this);
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    edit->setParent(box);
    edit->setEchoMode(QLineEdit::Password);
    edit->setAccessibleName(what);
    edit->setProperty("roamdeskSecret", true);
    auto *show = new QToolButton(box);
    show->setObjectName(edit->objectName() + QStringLiteral("Show"));
    show->setCheckable(true);
    show->setText(tr("Show"));
    show->setAccessibleName(tr("Show %1").arg(what));
    show->setToolTip(tr("Show or hide the %1").arg(what));
    connect(show, &QToolButton::toggled, edit, [edit, show](bool visible) {
        edit->setEchoMode(visible ? QLineEdit::Normal : QLineEdit::Password);
        show->setText(visible ? tr("Hide") : tr("Show"));
    });
    row->addWidget(edit, 1);
    row->addWidget(show);
    return box;
}

QWidget *EnvironmentsPage::firstField() const
{
    return m_profiles;
}

// --- profiles ---

void EnvironmentsPage::load()
{
    m_edited = m_environments->store()->environments();
    m_removed.clear();
    m_row = -1;
    {
        const QSignalBlocker blocker(m_profiles);
        m_profiles->clear();
        for (const api::Environment &environment : std::as_const(m_edited))
            m_profiles->addItem(environment.displayName());
    }
    selectProfile(m_environments->currentId());
}

bool EnvironmentsPage::selectProfile(const QString &name)
{
    for (int row = 0; row < m_edited.size(); ++row) {
        if (m_edited.at(row).name == name) {
            m_profiles->setCurrentRow(row);
            onProfileSelected(row); // also when it was current already
            return true;
        }
    }
    return false;
}

void EnvironmentsPage::onProfileSelected(int row)
{
    if (row == m_row)
        return;
    storeForm();
    m_row = row;
    if (row >= 0 && row < m_edited.size())
        loadForm(m_edited.at(row));
    clearTestResult();
}

void EnvironmentsPage::loadForm(const api::Environment &environment)
{
    m_loading = true;
    const bool simulator = environment.kind == api::EnvironmentKind::Simulator;
    const bool custom = environment.kind == api::EnvironmentKind::Custom;
    m_name->setText(environment.displayName());
    m_name->setToolTip(tr("Saved as %1").arg(environment.name));
    m_kind->setText(api::Environment::kindDisplayName(environment.kind));
    // The simulator's address is not a setting: shown for reference, visibly not editable.
    m_apiRoot->setText(simulator ? m_simulator->apiRoot().toString() : environment.apiRoot.toString());
    m_apiRoot->setReadOnly(simulator);
    m_apiRoot->setFrame(!simulator);
    if (simulator) { // no field background either: it reads as text
        QPalette palette = m_apiRoot->palette();
        palette.setColor(QPalette::Base, palette.color(QPalette::Window));
        m_apiRoot->setPalette(palette);
    } else {
        m_apiRoot->setPalette(QPalette()); // the inherited one again
    }
    m_apiRoot->setFocusPolicy(simulator ? Qt::ClickFocus : Qt::StrongFocus);
    m_form->setRowVisible(m_apiRootNote, simulator);
    m_auth->setCurrentIndex(m_auth->findData(int(environment.auth)));
    m_auth->setEnabled(!simulator);
    m_rapidApiHost->setText(environment.rapidApiHost);
    m_apiKey->setText(environment.apiKey);
    m_bearerToken->setText(environment.bearerToken);
    m_tokenUrl->setText(environment.tokenUrl.toString());
    m_clientId->setText(environment.clientId);
    m_clientSecret->setText(environment.clientSecret);
    m_scope->setText(environment.scope);
    m_subscriptionsVersion->setCurrentText(environment.subscriptionsVersion);
    m_timeout->setValue(qMax(1, environment.timeoutMs / 1000));
    // One mnemonic for both texts: the button is the same.
    m_remove->setText(custom ? tr("Remo&ve") : tr("Re&vert"));
    m_remove->setToolTip(
        custom ? tr("Remove this profile and its secrets") : tr("Put this built-in profile back to its defaults"));
    m_loading = false;
    updateAuthRows();
    updateProfileHint();
}

void EnvironmentsPage::storeForm()
{
    if (m_loading || m_row < 0 || m_row >= m_edited.size())
        return;
    m_edited[m_row] = editedEnvironment();
}

api::Environment EnvironmentsPage::editedEnvironment() const
{
    if (m_row < 0 || m_row >= m_edited.size())
        return {};
    api::Environment environment = m_edited.at(m_row);
    if (environment.kind != api::EnvironmentKind::Simulator) {
        environment.apiRoot = QUrl(m_apiRoot->text().trimmed());
        environment.auth = api::AuthMode(m_auth->currentData().toInt());
    }
    environment.rapidApiHost = m_rapidApiHost->text().trimmed();
    environment.apiKey = m_apiKey->text().trimmed();
    environment.bearerToken = m_bearerToken->text().trimmed();
    environment.tokenUrl = QUrl(m_tokenUrl->text().trimmed());
    environment.clientId = m_clientId->text().trimmed();
    environment.clientSecret = m_clientSecret->text().trimmed();
    environment.scope = m_scope->text().trimmed();
    environment.subscriptionsVersion = m_subscriptionsVersion->currentText();
    environment.timeoutMs = m_timeout->value() * 1000;
    return environment;
}

api::Environment EnvironmentsPage::reachableEnvironment() const
{
    api::Environment environment = editedEnvironment();
    if (environment.kind == api::EnvironmentKind::Simulator)
        environment.apiRoot = m_simulator->apiRoot();
    return environment;
}

void EnvironmentsPage::updateAuthRows()
{
    const auto mode = api::AuthMode(m_auth->currentData().toInt());
    m_form->setRowVisible(m_rapidApiHost, mode == api::AuthMode::RapidApiKey);
    m_form->setRowVisible(m_apiKey->parentWidget(), mode == api::AuthMode::RapidApiKey);
    m_form->setRowVisible(m_bearerToken->parentWidget(), mode == api::AuthMode::Bearer);
    const bool oauth = mode == api::AuthMode::OAuth2ClientCredentials;
    m_form->setRowVisible(m_tokenUrl, oauth);
    m_form->setRowVisible(m_clientId, oauth);
    m_form->setRowVisible(m_clientSecret->parentWidget(), oauth);
    m_form->setRowVisible(m_scope, oauth);
}

void EnvironmentsPage::updateProfileHint()
{
    if (m_loading)
        return;
    const QString problem = reachableEnvironment().validationError();
    m_profileHint->setText(problem.isEmpty() ? QString() : tr("⚠ %1").arg(problem));
    m_profileHint->setVisible(!problem.isEmpty());
}

void EnvironmentsPage::askNewProfile()
{
    bool ok = false;
    const QString name = QInputDialog::getText(
        this, tr("New environment"), tr("Name of the CAMARA endpoint profile:"), QLineEdit::Normal, QString(), &ok);
    if (ok && !addCustomProfile(name.trimmed()))
        m_testResult->setText(tr("✗ A profile needs a name that is not taken yet."));
}

bool EnvironmentsPage::addCustomProfile(const QString &name)
{
    if (name.isEmpty())
        return false;
    for (const api::Environment &environment : std::as_const(m_edited)) {
        if (environment.name.compare(name, Qt::CaseInsensitive) == 0)
            return false;
    }
    storeForm();
    m_removed.removeAll(name);
    const api::Environment added = api::Environment::customBearer(name, QUrl(), QString());
    m_edited << added;
    m_profiles->addItem(added.displayName());
    m_profiles->setCurrentRow(int(m_edited.size()) - 1);
    m_apiRoot->setFocus();
    Q_EMIT changed();
    return true;
}

void EnvironmentsPage::removeOrRevert()
{
    if (m_row < 0 || m_row >= m_edited.size())
        return;
    const api::Environment environment = m_edited.at(m_row);
    Q_EMIT changed();
    if (environment.kind != api::EnvironmentKind::Custom) {
        for (const api::Environment &builtIn : api::Environment::builtIns()) {
            if (builtIn.name == environment.name)
                m_edited[m_row] = builtIn;
        }
        m_removed << environment.name; // its saved edits go; the defaults stay
        loadForm(m_edited.at(m_row));
        clearTestResult();
        return;
    }
    m_removed << environment.name;
    const int row = m_row;
    m_row = -1; // nothing to store from the form
    m_edited.removeAt(row);
    delete m_profiles->takeItem(row);
    onProfileSelected(m_profiles->currentRow());
}

// --- connection test ---

void EnvironmentsPage::testConnection()
{
    const api::Environment environment = reachableEnvironment();
    QString problem;
    if (!m_connectionTest->run(environment, &problem)) {
        const QString message = tr("✗ %1").arg(problem);
        m_testResult->setText(message);
        Q_EMIT testFinished(false, message);
        return;
    }
    m_test->setEnabled(false);
    m_testResult->setText(tr("Listing the subscriptions at %1…").arg(environment.subscriptionsUrl().toString()));
}

void EnvironmentsPage::clearTestResult()
{
    // A test still running answers for settings that are no longer the ones shown.
    if (m_connectionTest->isRunning())
        m_connectionTest->cancel();
    m_test->setEnabled(true);
    m_testResult->clear();
}

void EnvironmentsPage::showTestResult(const api::ConnectionTest::Result &result)
{
    m_test->setEnabled(true);
    QString message;
    if (result.ok)
        message = tr("✓ Connected: HTTP %1 in %2 ms, %n subscription(s) listed.", nullptr, result.subscriptions)
                      .arg(result.httpStatus)
                      .arg(result.elapsedMs);
    else
        message =
            tr("✗ %1").arg(result.advice.isEmpty() ? errorSentence(result.error, result.attempts) : result.advice);
    m_testResult->setText(message);
    Q_EMIT testFinished(result.ok, message);
}

// --- validation and saving ---

QString EnvironmentsPage::validate()
{
    storeForm();
    for (const api::Environment &environment : std::as_const(m_edited)) {
        if (environment.kind == api::EnvironmentKind::Custom
            && (!environment.apiRoot.isValid() || environment.apiRoot.host().isEmpty())) {
            selectProfile(environment.name);
            return tr("The profile %1 needs an absolute API root URL.").arg(environment.name);
        }
    }
    return {};
}

void EnvironmentsPage::store()
{
    storeForm();
    api::EnvironmentStore *store = m_environments->store();
    const QString current = m_environments->currentId();
    bool currentTouched = false;
    for (const QString &name : std::as_const(m_removed)) {
        store->remove(name);
        currentTouched = currentTouched || name == current;
    }
    for (const api::Environment &environment : std::as_const(m_edited)) {
        const std::optional<api::Environment> saved = store->environment(environment.name);
        if (saved && *saved == environment && !m_removed.contains(environment.name))
            continue;
        store->save(environment);
        currentTouched = currentTouched || environment.name == current;
    }
    m_removed.clear();
    if (currentTouched || !store->contains(current))
        m_environments->reload();
}

} // namespace roamdesk::ui
