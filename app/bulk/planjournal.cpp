#include "app/bulk/planjournal.h"

#include "models/datetime.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace roamdesk::bulk {

namespace {

void insertTime(QJsonObject &object, const QString &key, const std::optional<QDateTime> &time)
{
    if (time)
        object.insert(key, rfc3339::format(*time));
}

std::optional<QDateTime> readTime(const QJsonObject &object, const QString &key)
{
    if (!object.contains(key))
        return std::nullopt;
    return rfc3339::parse(object.value(key).toString());
}

} // namespace

bool PlanJournalEntry::operator==(const PlanJournalEntry &other) const
{
    return slotKey == other.slotKey && generation == other.generation && subscriptionId == other.subscriptionId
        && requestedAt == other.requestedAt && expireTime == other.expireTime && tokenExpiresAt == other.tokenExpiresAt
        && maxEvents == other.maxEvents;
}

QJsonObject PlanJournalEntry::toJson() const
{
    QJsonObject object{{QStringLiteral("slot"), slotKey}, {QStringLiteral("generation"), double(generation)},
        {QStringLiteral("requestedAt"), rfc3339::format(requestedAt)}};
    if (!subscriptionId.isEmpty())
        object.insert(QStringLiteral("subscriptionId"), subscriptionId);
    insertTime(object, QStringLiteral("expireTime"), expireTime);
    insertTime(object, QStringLiteral("tokenExpiresAt"), tokenExpiresAt);
    if (maxEvents)
        object.insert(QStringLiteral("maxEvents"), *maxEvents);
    return object;
}

std::optional<PlanJournalEntry> PlanJournalEntry::fromJson(const QJsonObject &object)
{
    PlanJournalEntry entry;
    entry.slotKey = object.value(QStringLiteral("slot")).toString();
    entry.generation = qint64(object.value(QStringLiteral("generation")).toDouble(-1));
    entry.subscriptionId = object.value(QStringLiteral("subscriptionId")).toString();
    const std::optional<QDateTime> requested = readTime(object, QStringLiteral("requestedAt"));
    if (entry.slotKey.isEmpty() || entry.generation < 0 || !requested)
        return std::nullopt;
    entry.requestedAt = *requested;
    entry.expireTime = readTime(object, QStringLiteral("expireTime"));
    entry.tokenExpiresAt = readTime(object, QStringLiteral("tokenExpiresAt"));
    if (object.contains(QStringLiteral("maxEvents")))
        entry.maxEvents = object.value(QStringLiteral("maxEvents")).toInt();
    return entry;
}

PlanJournalEntry *PlanJournal::find(qint64 generation)
{
    for (PlanJournalEntry &entry : entries) {
        if (entry.generation == generation)
            return &entry;
    }
    return nullptr;
}

const PlanJournalEntry *PlanJournal::find(qint64 generation) const
{
    return const_cast<PlanJournal *>(this)->find(generation);
}

QJsonObject PlanJournal::toJson() const
{
    QJsonArray array;
    for (const PlanJournalEntry &entry : entries)
        array.append(entry.toJson());
    return {{QStringLiteral("plan"), planName}, {QStringLiteral("nextGeneration"), double(nextGeneration)},
        {QStringLiteral("entries"), array}};
}

std::optional<PlanJournal> PlanJournal::fromJson(const QJsonObject &object)
{
    PlanJournal journal;
    journal.planName = object.value(QStringLiteral("plan")).toString();
    journal.nextGeneration = qint64(object.value(QStringLiteral("nextGeneration")).toDouble(0));
    if (journal.nextGeneration < 1)
        return std::nullopt;
    const QJsonArray array = object.value(QStringLiteral("entries")).toArray();
    for (const QJsonValue &value : array) {
        const std::optional<PlanJournalEntry> entry = PlanJournalEntry::fromJson(value.toObject());
        if (!entry)
            return std::nullopt;
        journal.entries.append(*entry);
        journal.nextGeneration = qMax(journal.nextGeneration, entry->generation + 1);
    }
    return journal;
}

std::optional<PlanJournal> PlanJournal::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.exists())
        return PlanJournal{};
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read the plan journal %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
    std::optional<PlanJournal> journal =
        document.isObject() ? fromJson(document.object()) : std::optional<PlanJournal>();
    if (!journal)
        *error = tr("the plan journal %1 is damaged").arg(path);
    return journal;
}

bool PlanJournal::save(const QString &path, QString *error) const
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("cannot write the plan journal %1: %2").arg(path, file.errorString());
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(toJson()).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        *error = tr("cannot write the plan journal %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace roamdesk::bulk
