#include "settingsdialog.h"

#include "client/apicall.h"
#include "client/connectiontest.h"
#include "client/environmentstore.h"
#include "client/secretstore.h"
#include "errortext.h"
#include "session/environmentservice.h"
#include "session/receiverservice.h"
#include "session/session.h"
#include "session/simulatorcontrol.h"
#include "trafficlogmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QSystemTrayIcon>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace roamdesk::ui {

namespace {

QString g_secretsFallbackReason;

QString kindText(api::EnvironmentKind kind)
{
    switch (kind) {
    case api::EnvironmentKind::Simulator:
        return SettingsDialog::tr("Embedded simulator");
    case api::EnvironmentKind::NacProd:
        return SettingsDialog::tr("Network as Code (production)");
    case api::EnvironmentKind::NacStaging:
        return SettingsDialog::tr("Network as Code (staging)");
    case api::EnvironmentKind::NacDev:
        return SettingsDialog::tr("Network as Code (development)");
    case api::EnvironmentKind::Custom:
        return SettingsDialog::tr("Custom CAMARA endpoint");
    }
    return {};
}

QString profileLabel(const api::Environment &environment)
{
    return environment.kind == api::EnvironmentKind::Custom ? environment.name : kindText(environment.kind);
}

} // namespace

void SettingsDialog::setSecretsFallbackReason(const QString &reason)
{
    g_secretsFallbackReason = reason;
}

QString SettingsDialog::secretsFallbackReason()
{
    return g_secretsFallbackReason;
}

SettingsDialog::SettingsDialog(Session *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_connectionTest(new api::ConnectionTest(session->traffic(), this))
{
    setWindowTitle(tr("RoamDesk Settings"));
    setObjectName(QStringLiteral("settingsDialog"));
    connect(m_connectionTest, &api::ConnectionTest::finished, this, &SettingsDialog::showTestResult);

    m_pages = new QTabWidget(this);
    m_pages->setObjectName(QStringLiteral("settingsPages"));
    m_pages->addTab(createEnvironmentsPage(), tr("&Environments"));
    m_pages->addTab(createReceiverPage(), tr("&Receiver"));
    m_pages->addTab(createDesktopPage(), tr("&Desktop"));

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("settingsError"));
    m_error->setWordWrap(true);
    m_error->setVisible(false);
    m_error->setAccessibleName(tr("Problem"));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    loadProfiles();
    m_original = Preferences::load();
    loadPreferences(m_original);
    selectProfile(m_session->environments()->currentId());
    resize(820, 560);
}

SettingsDialog::~SettingsDialog() = default;

// --- pages ---

QWidget *SettingsDialog::createEnvironmentsPage()
{
    auto *page = new QWidget(this);
    m_profiles = new QListWidget(page);
    m_profiles->setObjectName(QStringLiteral("profileList"));
    m_profiles->setAccessibleName(tr("Environment profiles"));
    m_profiles->setMinimumWidth(220);
    m_add = new QPushButton(tr("A&dd custom…"), page);
    m_add->setToolTip(tr("A CAMARA endpoint of your own, with a bearer token or OAuth2 client credentials"));
    m_remove = new QPushButton(tr("Re&move"), page);
    connect(m_add, &QPushButton::clicked, this, &SettingsDialog::askNewProfile);
    connect(m_remove, &QPushButton::clicked, this, &SettingsDialog::removeOrReset);
    connect(m_profiles, &QListWidget::currentRowChanged, this, &SettingsDialog::onProfileSelected);

    auto *left = new QVBoxLayout;
    left->addWidget(m_profiles, 1);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_add);
    listButtons->addWidget(m_remove);
    left->addLayout(listButtons);

    m_name = new QLabel(page);
    m_name->setObjectName(QStringLiteral("profileName"));
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_kind = new QLabel(page);
    m_apiRoot = new QLineEdit(page);
    m_apiRoot->setObjectName(QStringLiteral("apiRootEdit"));
    m_apiRoot->setAccessibleName(tr("API root URL"));
    m_apiRoot->setPlaceholderText(QStringLiteral("https://api.example.com/camara"));
    m_auth = new QComboBox(page);
    m_auth->setObjectName(QStringLiteral("authCombo"));
    m_auth->setAccessibleName(tr("Authentication"));
    m_auth->addItem(tr("None"), int(api::AuthMode::None));
    m_auth->addItem(tr("Network as Code application key"), int(api::AuthMode::RapidApiKey));
    m_auth->addItem(tr("Bearer access token"), int(api::AuthMode::Bearer));
    m_auth->addItem(tr("OAuth2 client credentials"), int(api::AuthMode::OAuth2ClientCredentials));
    m_rapidApiHost = new QLineEdit(page);
    m_rapidApiHost->setAccessibleName(tr("X-RapidAPI-Host"));
    m_apiKey = new QLineEdit(page);
    m_apiKey->setObjectName(QStringLiteral("apiKeyEdit"));
    m_bearerToken = new QLineEdit(page);
    m_bearerToken->setObjectName(QStringLiteral("bearerTokenEdit"));
    m_tokenUrl = new QLineEdit(page);
    m_tokenUrl->setObjectName(QStringLiteral("tokenUrlEdit"));
    m_tokenUrl->setAccessibleName(tr("OAuth2 token URL"));
    m_tokenUrl->setPlaceholderText(QStringLiteral("https://auth.example.com/oauth2/token"));
    m_clientId = new QLineEdit(page);
    m_clientId->setObjectName(QStringLiteral("clientIdEdit"));
    m_clientId->setAccessibleName(tr("OAuth2 client id"));
    m_clientSecret = new QLineEdit(page);
    m_clientSecret->setObjectName(QStringLiteral("clientSecretEdit"));
    m_scope = new QLineEdit(page);
    m_scope->setAccessibleName(tr("OAuth2 scope"));
    m_scope->setPlaceholderText(tr("optional, space separated"));
    m_subscriptionsVersion = new QComboBox(page);
    m_subscriptionsVersion->setAccessibleName(tr("Subscriptions API version"));
    m_subscriptionsVersion->addItems(api::Environment::supportedSubscriptionsVersions());
    m_timeout = new QSpinBox(page);
    m_timeout->setAccessibleName(tr("Request timeout"));
    m_timeout->setRange(1, 300);
    m_timeout->setSuffix(tr(" s"));

    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_form->addRow(tr("Profile:"), m_name);
    m_form->addRow(tr("Kind:"), m_kind);
    m_form->addRow(tr("API &root:"), m_apiRoot);
    m_form->addRow(tr("Au&thentication:"), m_auth);
    m_form->addRow(tr("RapidAPI &host:"), m_rapidApiHost);
    m_form->addRow(tr("Application &key:"), secretField(m_apiKey, tr("application key")));
    m_form->addRow(tr("&Bearer token:"), secretField(m_bearerToken, tr("bearer token")));
    m_form->addRow(tr("Token &URL:"), m_tokenUrl);
    m_form->addRow(tr("&Client id:"), m_clientId);
    m_form->addRow(tr("Client &secret:"), secretField(m_clientSecret, tr("client secret")));
    m_form->addRow(tr("Sc&ope:"), m_scope);
    m_form->addRow(tr("Subscriptions &API:"), m_subscriptionsVersion);
    m_form->addRow(tr("T&imeout:"), m_timeout);

    m_profileHint = new QLabel(page);
    m_profileHint->setObjectName(QStringLiteral("profileHint"));
    m_profileHint->setWordWrap(true);
    m_test = new QPushButton(tr("&Test connection"), page);
    m_test->setObjectName(QStringLiteral("testConnectionButton"));
    m_test->setToolTip(tr("Lists the subscriptions of this profile, as edited, to check address and credentials"));
    m_testResult = new QLabel(page);
    m_testResult->setObjectName(QStringLiteral("testResult"));
    m_testResult->setAccessibleName(tr("Connection test result"));
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(m_test, &QPushButton::clicked, this, &SettingsDialog::testConnection);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test, 0, Qt::AlignTop);
    testRow->addWidget(m_testResult, 1);

    m_secretsLabel = new QLabel(page);
    m_secretsLabel->setObjectName(QStringLiteral("secretsLabel"));
    m_secretsLabel->setWordWrap(true);
    m_secretsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QString secrets = tr("Secrets are %1.").arg(m_session->environments()->secretStore()->description());
    if (!g_secretsFallbackReason.isEmpty())
        secrets += QLatin1Char(' ') + tr("The desktop keyring is not used: %1.").arg(g_secretsFallbackReason);
    m_secretsLabel->setText(secrets);

    auto *right = new QVBoxLayout;
    right->addLayout(m_form);
    right->addWidget(m_profileHint);
    right->addLayout(testRow);
    right->addStretch(1);
    right->addWidget(m_secretsLabel);

    auto *layout = new QHBoxLayout(page);
    layout->addLayout(left);
    layout->addLayout(right, 1);

    connect(m_auth, &QComboBox::currentIndexChanged, this, [this] {
        updateAuthRows();
        updateProfileHint();
    });
    for (QLineEdit *edit :
        {m_apiRoot, m_rapidApiHost, m_apiKey, m_bearerToken, m_tokenUrl, m_clientId, m_clientSecret, m_scope}) {
        connect(edit, &QLineEdit::textEdited, this, &SettingsDialog::updateProfileHint);
    }
    return page;
}

QWidget *SettingsDialog::secretField(QLineEdit *edit, const QString &what)
{
    auto *box = new QWidget(edit->parentWidget());
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
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

QWidget *SettingsDialog::fileField(QLineEdit *edit, const QString &caption, bool save)
{
    auto *box = new QWidget(edit->parentWidget());
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    auto *browse = new QPushButton(tr("Browse…"), box);
    browse->setAccessibleName(tr("Browse for %1").arg(caption));
    connect(browse, &QPushButton::clicked, this, [this, edit, caption, save] {
        const QString file = save ? QFileDialog::getSaveFileName(this, caption, edit->text())
                                  : QFileDialog::getOpenFileName(this, caption, edit->text());
        if (!file.isEmpty())
            edit->setText(file);
    });
    edit->setAccessibleName(caption);
    row->addWidget(edit, 1);
    row->addWidget(browse);
    return box;
}

QWidget *SettingsDialog::createReceiverPage()
{
    auto *page = new QWidget(this);
    m_receiverAddress = new QLineEdit(page);
    m_receiverAddress->setObjectName(QStringLiteral("receiverAddressEdit"));
    m_receiverAddress->setAccessibleName(tr("Receiver address"));
    m_receiverAddress->setToolTip(tr("127.0.0.1 keeps the receiver private to this computer; 0.0.0.0 listens on "
                                     "every interface"));
    m_receiverPort = new QSpinBox(page);
    m_receiverPort->setObjectName(QStringLiteral("receiverPortSpin"));
    m_receiverPort->setAccessibleName(tr("Receiver port"));
    m_receiverPort->setRange(0, 65535);
    m_receiverPort->setSpecialValueText(tr("any free port"));
    m_publicSinkUrl = new QLineEdit(page);
    m_publicSinkUrl->setObjectName(QStringLiteral("publicSinkUrlEdit"));
    m_publicSinkUrl->setAccessibleName(tr("Public sink URL"));
    m_publicSinkUrl->setPlaceholderText(tr("empty: the local URL (use a tunnel or proxy URL for a real network)"));
    m_tlsCertificate = new QLineEdit(page);
    m_tlsCertificate->setObjectName(QStringLiteral("tlsCertificateEdit"));
    m_tlsKey = new QLineEdit(page);
    m_tlsKey->setObjectName(QStringLiteral("tlsKeyEdit"));
    m_databasePath = new QLineEdit(page);
    m_databasePath->setObjectName(QStringLiteral("databasePathEdit"));
    m_databasePath->setPlaceholderText(tr("default location"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("Listen on &address:"), m_receiverAddress);
    form->addRow(tr("&Port:"), m_receiverPort);
    form->addRow(tr("P&ublic sink URL:"), m_publicSinkUrl);
    form->addRow(tr("TLS &certificate (PEM):"), fileField(m_tlsCertificate, tr("TLS certificate"), false));
    form->addRow(tr("TLS &key (PEM):"), fileField(m_tlsKey, tr("TLS private key"), false));
    form->addRow(tr("&Store location:"), fileField(m_databasePath, tr("notification store"), true));

    auto *now = new QLabel(page);
    now->setObjectName(QStringLiteral("receiverNow"));
    now->setWordWrap(true);
    now->setTextInteractionFlags(Qt::TextSelectableByMouse);
    const ReceiverService *receiver = m_session->receiver();
    now->setText(receiver->isListening() ? tr("Now receiving at %1.").arg(receiver->sinkUrl().toString())
                                         : tr("The receiver is not running: %1").arg(receiver->errorString()));
    auto *note = new QLabel(tr("Changes on this page take effect the next time RoamDesk starts."), page);
    note->setWordWrap(true);

    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(now);
    layout->addWidget(note);
    layout->addStretch(1);
    return page;
}

QWidget *SettingsDialog::createDesktopPage()
{
    auto *page = new QWidget(this);
    m_language = new QComboBox(page);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(tr("System language"), QString());
    // Each language in its own name, so that it can be found whatever the current one is.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Suomi"), QStringLiteral("fi"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    auto *languageForm = new QFormLayout;
    languageForm->addRow(tr("&Language (from the next start):"), m_language);
    m_trayAlerts = new QCheckBox(tr("Show &tray notifications"), page);
    m_trayAlerts->setObjectName(QStringLiteral("trayAlertsCheck"));
    m_alertRoamingOn = new QCheckBox(tr("When a device starts &roaming"), page);
    m_alertRoamingOn->setObjectName(QStringLiteral("roamingOnCheck"));
    m_alertCountryChange = new QCheckBox(tr("When a roaming device &changes country"), page);
    m_alertCountryChange->setObjectName(QStringLiteral("countryChangeCheck"));
    connect(m_trayAlerts, &QCheckBox::toggled, m_alertRoamingOn, &QWidget::setEnabled);
    connect(m_trayAlerts, &QCheckBox::toggled, m_alertCountryChange, &QWidget::setEnabled);
    auto *note = new QLabel(page);
    note->setWordWrap(true);
    note->setText(QSystemTrayIcon::isSystemTrayAvailable()
            ? tr("Clicking a notification shows the event in the log.")
            : tr("This desktop has no system tray: alerts appear in the status bar instead."));

    auto *layout = new QVBoxLayout(page);
    layout->addLayout(languageForm);
    layout->addSpacing(12);
    layout->addWidget(m_trayAlerts);
    auto *indent = new QVBoxLayout;
    indent->setContentsMargins(24, 0, 0, 0);
    indent->addWidget(m_alertRoamingOn);
    indent->addWidget(m_alertCountryChange);
    layout->addLayout(indent);
    layout->addWidget(note);
    layout->addStretch(1);
    return page;
}

void SettingsDialog::showPage(Page page)
{
    m_pages->setCurrentIndex(int(page));
}

// --- profiles ---

void SettingsDialog::loadProfiles()
{
    m_edited = m_session->environments()->store()->environments();
    m_removed.clear();
    m_row = -1;
    const QSignalBlocker blocker(m_profiles);
    m_profiles->clear();
    for (const api::Environment &environment : std::as_const(m_edited))
        m_profiles->addItem(profileLabel(environment));
}

bool SettingsDialog::selectProfile(const QString &name)
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

void SettingsDialog::onProfileSelected(int row)
{
    if (row == m_row)
        return;
    storeForm();
    m_row = row;
    if (row >= 0 && row < m_edited.size())
        loadForm(m_edited.at(row));
    m_testResult->clear();
}

void SettingsDialog::loadForm(const api::Environment &environment)
{
    m_loading = true;
    const bool simulator = environment.kind == api::EnvironmentKind::Simulator;
    const bool custom = environment.kind == api::EnvironmentKind::Custom;
    m_name->setText(environment.name);
    m_kind->setText(kindText(environment.kind));
    m_apiRoot->setText(simulator ? m_session->simulator()->apiRoot().toString() : environment.apiRoot.toString());
    m_apiRoot->setReadOnly(simulator);
    m_apiRoot->setToolTip(simulator ? tr("The embedded simulator's address changes with every start") : QString());
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
    m_remove->setText(custom ? tr("Re&move") : tr("Re&set"));
    m_remove->setToolTip(
        custom ? tr("Remove this profile and its secrets") : tr("Put this built-in profile back to its defaults"));
    m_loading = false;
    updateAuthRows();
    updateProfileHint();
}

void SettingsDialog::storeForm()
{
    if (m_loading || m_row < 0 || m_row >= m_edited.size())
        return;
    m_edited[m_row] = editedEnvironment();
}

api::Environment SettingsDialog::editedEnvironment() const
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

void SettingsDialog::updateAuthRows()
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

void SettingsDialog::updateProfileHint()
{
    if (m_loading)
        return;
    api::Environment environment = editedEnvironment();
    if (environment.kind == api::EnvironmentKind::Simulator)
        environment.apiRoot = m_session->simulator()->apiRoot();
    const QString problem = environment.validationError();
    m_profileHint->setText(problem.isEmpty() ? QString() : tr("⚠ %1").arg(problem));
    m_profileHint->setVisible(!problem.isEmpty());
}

void SettingsDialog::askNewProfile()
{
    bool ok = false;
    const QString name = QInputDialog::getText(
        this, tr("New environment"), tr("Name of the CAMARA endpoint profile:"), QLineEdit::Normal, QString(), &ok);
    if (ok && !addCustomProfile(name.trimmed()))
        m_testResult->setText(tr("✗ A profile needs a name that is not taken yet."));
}

bool SettingsDialog::addCustomProfile(const QString &name)
{
    if (name.isEmpty())
        return false;
    for (const api::Environment &environment : std::as_const(m_edited)) {
        if (environment.name.compare(name, Qt::CaseInsensitive) == 0)
            return false;
    }
    storeForm();
    m_removed.removeAll(name);
    m_edited << api::Environment::customBearer(name, QUrl(), QString());
    m_profiles->addItem(name);
    m_profiles->setCurrentRow(m_edited.size() - 1);
    m_apiRoot->setFocus();
    return true;
}

void SettingsDialog::removeOrReset()
{
    if (m_row < 0 || m_row >= m_edited.size())
        return;
    const api::Environment environment = m_edited.at(m_row);
    if (environment.kind != api::EnvironmentKind::Custom) {
        for (const api::Environment &builtIn : api::Environment::builtIns()) {
            if (builtIn.name == environment.name)
                m_edited[m_row] = builtIn;
        }
        m_removed << environment.name; // its saved edits go; the defaults stay
        loadForm(m_edited.at(m_row));
        return;
    }
    m_removed << environment.name;
    const int row = m_row;
    m_row = -1; // nothing to store from the form
    m_edited.removeAt(row);
    delete m_profiles->takeItem(row);
    onProfileSelected(m_profiles->currentRow());
}

// --- receiver and alerts ---

void SettingsDialog::loadPreferences(const Preferences &preferences)
{
    m_receiverAddress->setText(preferences.receiverAddress.toString());
    m_receiverPort->setValue(preferences.receiverPort);
    m_publicSinkUrl->setText(preferences.publicSinkUrl.toString());
    m_tlsCertificate->setText(preferences.tlsCertificateFile);
    m_tlsKey->setText(preferences.tlsKeyFile);
    m_databasePath->setText(preferences.databasePath);
    m_trayAlerts->setChecked(preferences.trayAlerts);
    m_alertRoamingOn->setChecked(preferences.alertRoamingOn);
    m_alertCountryChange->setChecked(preferences.alertCountryChange);
    m_alertRoamingOn->setEnabled(preferences.trayAlerts);
    m_alertCountryChange->setEnabled(preferences.trayAlerts);
    const int language = m_language->findData(preferences.language);
    m_language->setCurrentIndex(language < 0 ? 0 : language);
}

Preferences SettingsDialog::editedPreferences() const
{
    Preferences preferences = m_original;
    preferences.receiverAddress = QHostAddress(m_receiverAddress->text().trimmed());
    preferences.receiverPort = quint16(m_receiverPort->value());
    preferences.publicSinkUrl = QUrl(m_publicSinkUrl->text().trimmed());
    preferences.tlsCertificateFile = m_tlsCertificate->text().trimmed();
    preferences.tlsKeyFile = m_tlsKey->text().trimmed();
    preferences.databasePath = m_databasePath->text().trimmed();
    preferences.trayAlerts = m_trayAlerts->isChecked();
    preferences.alertRoamingOn = m_alertRoamingOn->isChecked();
    preferences.alertCountryChange = m_alertCountryChange->isChecked();
    preferences.language = m_language->currentData().toString();
    return preferences;
}

// --- actions ---

void SettingsDialog::testConnection()
{
    api::Environment environment = editedEnvironment();
    if (environment.kind == api::EnvironmentKind::Simulator)
        environment.apiRoot = m_session->simulator()->apiRoot();
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

void SettingsDialog::showTestResult(const api::ConnectionTest::Result &result)
{
    m_test->setEnabled(true);
    const QString message = result.ok
        ? tr("✓ Connected: HTTP %1 in %2 ms, %n subscription(s) listed.", nullptr, result.subscriptions)
              .arg(result.httpStatus)
              .arg(result.elapsedMs)
        : tr("✗ %1").arg(errorSentence(result.error, result.attempts));
    m_testResult->setText(message);
    Q_EMIT testFinished(result.ok, message);
}

void SettingsDialog::accept()
{
    storeForm();
    const Preferences preferences = editedPreferences();
    const QString problem = preferences.validationError();
    if (!problem.isEmpty()) {
        m_error->setText(tr("⚠ %1").arg(problem));
        m_error->setVisible(true);
        m_pages->setCurrentIndex(ReceiverPage);
        return;
    }
    for (const api::Environment &environment : std::as_const(m_edited)) {
        if (environment.kind == api::EnvironmentKind::Custom
            && (!environment.apiRoot.isValid() || environment.apiRoot.host().isEmpty())) {
            m_error->setText(tr("⚠ The profile %1 needs an absolute API root URL.").arg(environment.name));
            m_error->setVisible(true);
            m_pages->setCurrentIndex(EnvironmentsPage);
            selectProfile(environment.name);
            return;
        }
    }

    api::EnvironmentStore *store = m_session->environments()->store();
    const QString current = m_session->environments()->currentId();
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
    preferences.save();
    const bool receiverChanged = preferences.receiverAddress != m_original.receiverAddress
        || preferences.receiverPort != m_original.receiverPort || preferences.publicSinkUrl != m_original.publicSinkUrl
        || preferences.tlsCertificateFile != m_original.tlsCertificateFile
        || preferences.tlsKeyFile != m_original.tlsKeyFile || preferences.databasePath != m_original.databasePath
        || preferences.secretBackend != m_original.secretBackend || preferences.language != m_original.language;
    m_original = preferences;
    if (currentTouched || !store->contains(current))
        m_session->environments()->reload();
    Q_EMIT preferencesSaved(preferences, receiverChanged);
    QDialog::accept();
}

} // namespace roamdesk::ui
