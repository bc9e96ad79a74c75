#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace roamdesk::bulk {

/// What the keeper knows of one subscription it asked for. Written with the intent BEFORE the create is sent
/// (subscriptionId still empty) and again with the id once the API answered, so a restart after a crash in
/// between finds the subscription in the API's list by its generation (carried in the sink URL) instead of
/// creating a second one.
struct PlanJournalEntry
{
    QString slotKey;
    qint64 generation = 0;
    QString subscriptionId; // empty: intended, not (known to be) created
    QDateTime requestedAt;
    std::optional<QDateTime> expireTime; // asked for
    std::optional<QDateTime> tokenExpiresAt; // the sink token's expiry (the API never echoes it)
    std::optional<int> maxEvents;

    bool operator==(const PlanJournalEntry &other) const;
    QJsonObject toJson() const;
    static std::optional<PlanJournalEntry> fromJson(const QJsonObject &object);
};

/// The plan's journal: its entries and the next generation to hand out.
struct PlanJournal
{
    Q_DECLARE_TR_FUNCTIONS(roamdesk::bulk::PlanJournal)

public:
    QString planName;
    qint64 nextGeneration = 1;
    QList<PlanJournalEntry> entries;

    PlanJournalEntry *find(qint64 generation);
    const PlanJournalEntry *find(qint64 generation) const;

    QJsonObject toJson() const;
    static std::optional<PlanJournal> fromJson(const QJsonObject &object);

    /// An absent file is an empty journal; an unreadable or damaged one is an error (nullopt, `error` set): the
    /// keeper must not guess what it created.
    static std::optional<PlanJournal> load(const QString &path, QString *error);
    /// Atomically (QSaveFile) and owner-only (0600), creating the folder when missing.
    bool save(const QString &path, QString *error) const;
};

} // namespace roamdesk::bulk
