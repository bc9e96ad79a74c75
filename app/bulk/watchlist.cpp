#include "app/bulk/watchlist.h"

#include "app/fleet/fleetservice.h"

#include <QJsonDocument>
#include <QSettings>

namespace roamdesk::bulk {

namespace {
const QString DeviceKey = QStringLiteral("device");
const QString LabelKey = QStringLiteral("label");
const QString GroupKey = QStringLiteral("group");
} // namespace

WatchList::WatchList(FleetService *fleet, QObject *parent)
    : QObject(parent)
    , m_fleet(fleet)
{
}

void WatchList::load()
{
    m_entries.clear();
    const QVariantList saved = QSettings().value(QLatin1String(SettingsKey)).toList();
    for (const QVariant &item : saved) {
        const QVariantMap map = item.toMap();
        FieldErrors errors;
        const std::optional<Device> device = Device::fromJson(
            QJsonDocument::fromJson(map.value(DeviceKey).toString().toUtf8()).object(), &errors, QString());
        if (!device || !errors.isEmpty() || !device->validate().isEmpty())
            continue; // edited by hand: skip what is not a device
        DeviceListEntry entry;
        entry.row = int(m_entries.size()) + 1;
        entry.device = *device;
        entry.label = map.value(LabelKey).toString();
        entry.group = map.value(GroupKey).toString();
        m_entries << entry;
    }
    if (m_fleet && !m_entries.isEmpty())
        m_fleet->watch(m_entries);
    Q_EMIT changed();
}

int WatchList::add(const QList<DeviceListEntry> &entries)
{
    int added = 0;
    for (const DeviceListEntry &entry : entries) {
        auto known = std::find_if(m_entries.begin(), m_entries.end(),
            [&entry](const DeviceListEntry &watched) { return watched.device == entry.device; });
        if (known != m_entries.end()) {
            known->label = entry.label;
            known->group = entry.group;
            continue;
        }
        DeviceListEntry kept = entry;
        kept.row = int(m_entries.size()) + 1;
        m_entries << kept;
        ++added;
    }
    save();
    if (m_fleet)
        m_fleet->watch(entries);
    Q_EMIT changed();
    return added;
}

DeviceListEntry WatchList::entryFor(const Device &device) const
{
    for (const DeviceListEntry &entry : m_entries) {
        if (entry.device == device)
            return entry;
    }
    return {};
}

void WatchList::save() const
{
    QVariantList list;
    list.reserve(m_entries.size());
    for (const DeviceListEntry &entry : m_entries) {
        list << QVariantMap{
            {DeviceKey, QString::fromUtf8(QJsonDocument(entry.device.toJson()).toJson(QJsonDocument::Compact))},
            {LabelKey, entry.label}, {GroupKey, entry.group}};
    }
    QSettings().setValue(QLatin1String(SettingsKey), list);
}

} // namespace roamdesk::bulk
