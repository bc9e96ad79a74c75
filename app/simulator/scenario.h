#pragma once

#include "app/simulator/simdevice.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace roamdesk::sim {

/// Why a scenario file was refused: the line, the field path ("steps[2].to") and what is wrong.
struct ScenarioError
{
    Q_DECLARE_TR_FUNCTIONS(roamdesk::sim::ScenarioError)

public:
    int line = 0;
    QString field;
    QString message;

    /// "line 14, steps[2].to: unknown country \"XX\""
    QString toString() const;
};

/// One scheduled move: at `atMs` scenario time, device `deviceKey` goes to `mcc` (0 = home).
struct ScenarioStep
{
    qint64 atMs = 0;
    QString deviceKey;
    int mcc = 0;
};

/// A demo script: devices (beyond the seed ones) and the moves they make on a schedule.
/// Format (JSON): {"name", "description"?, "loop"?, "devices"?: [{"key"?, "label"?, "phoneNumber"?,
/// "networkAccessIdentifier"?, "ipv4Address"?, "ipv6Address"?, "home": MCC|"ISO", "start"?: MCC|"ISO"|"home"}],
/// "steps": [{"at": seconds, "device": key, "to": MCC|"ISO"|"home"}]}
struct Scenario
{
    Q_DECLARE_TR_FUNCTIONS(roamdesk::sim::Scenario)

public:
    QString name;
    QString description;
    bool loop = false;
    QList<SimDevice> devices;
    QList<ScenarioStep> steps; // sorted by time
    QString origin; // file or resource it came from

    qint64 durationMs() const { return steps.isEmpty() ? 0 : steps.last().atMs; }

    /// Parses and validates; `knownDeviceKeys` are devices the network already has (steps may move them).
    static std::optional<Scenario> parse(
        const QByteArray &text, const QStringList &knownDeviceKeys, ScenarioError *error);
    /// Reads a file or a ":/…" resource; I/O problems are reported as line 0.
    static std::optional<Scenario> load(const QString &path, const QStringList &knownDeviceKeys, ScenarioError *error);

    /// The scenarios compiled in, as resource paths ":/roamdesk/scenarios/<name>.json".
    static QStringList builtIn();
};

} // namespace roamdesk::sim
