#pragma once

#include "models/eventtype.h"
#include "models/filterexpression.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <limits>
#include <memory>
#include <optional>

namespace roamdesk {

struct Notification;

/// How a stored notification got past the receiver's authentication (receipt metadata).
enum class ReceiptValidity : quint8 {
    SubscriptionToken, // the bearer token is the sink credential of a subscription RoamDesk created
    ConfiguredToken, // the bearer token is one the user configured on the receiver
    Unauthenticated, // no Authorization, accepted because unauthenticated sinks were allowed
};

namespace receiptvalidity {
QString toWire(ReceiptValidity validity); // "subscription-token", "configured-token", "unauthenticated"
std::optional<ReceiptValidity> fromWire(const QString &text);
} // namespace receiptvalidity

/// One stored notification: the columns the log shows plus receipt metadata; the raw CloudEvent only
/// when asked for (it is the one large member).
struct NotificationLogRecord
{
    qint64 seq = 0; // arrival order in the store (1, 2, …); 0 before it is stored
    qint64 receivedMs = 0; // ms since the epoch, UTC
    std::optional<qint64> eventMs;
    EventType type = EventType::RoamingStatus;
    QString source;
    QString eventId;
    QString subscriptionId;
    QString device; // Device::displayLabel()
    std::optional<bool> roaming;
    std::optional<int> countryCode;
    std::optional<QStringList> countryNames; // ISO codes as received; absent vs []
    QString terminationReason;
    ReceiptValidity validity = ReceiptValidity::Unauthenticated;
    QByteArray rawJson; // the body as received; empty unless requested
    /// roaming-on carries no country: the one the device was last seen roaming in, when the store knew it
    /// (ISO codes; empty when unknown). Not part of the event.
    QStringList knownCountryNames;
    std::optional<int> knownCountryCode;

    /// The record a parsed, accepted notification becomes.
    static NotificationLogRecord fromNotification(const Notification &notification, const QByteArray &rawJson,
        qint64 receivedMs, const QString &subscriptionId, ReceiptValidity validity);

    /// What a text filter searches besides the subscription id (indexed on its own): the words the log
    /// shows for this row (type, device, reason, ISO codes, country names, MCC).
    QString searchText() const;
};

/// What the log shows. Empty members do not filter.
struct NotificationLogFilter
{
    /// Words the row shows, each matched at the start of a word (case and accents ignored): type words,
    /// device, subscription id, termination reason, country codes and names, MCC. All words must match.
    QString text;
    std::optional<EventType> type;
    QString device; // exact device label
    QString subscriptionId; // the id or its beginning
    QDateTime receivedFrom; // inclusive; invalid = open
    QDateTime receivedTo; // exclusive; invalid = open

    /// A filter expression (docs/filter-language.md); applies on top of the members above.
    FilterExpression expression;

    /// The filter bar's language, shared by the window, rule conditions and `roamdesk-cli log --filter`
    /// (FilterExpression). An expression that does not parse sets `error` (when given) and falls back to
    /// parseWords(), so a caller that shows no error still narrows rather than shows everything.
    static NotificationLogFilter parse(const QString &expression, FilterParseError *error = nullptr);
    /// The filter bar's former syntax: free words plus `type:NAME`, `device:LABEL` (or `dev:`) and
    /// `sub:ID-PREFIX` (or `subscription:`). A type that is not one is looked for as words.
    static NotificationLogFilter parseWords(const QString &expression);
    /// The words of `text` that can match, each with its lower-cased letters and digits only.
    QStringList words() const;

    bool isEmpty() const;
    bool operator==(const NotificationLogFilter &other) const;
    bool operator!=(const NotificationLogFilter &other) const { return !(*this == other); }
};

/// Where the log model reads stored notifications from. Implemented over SQL in app/store so the
/// model stays QtCore only. All reads page by `seq` (keyset), never by offset, so a page costs the
/// same at the top and at the bottom of a million rows.
class NotificationLogSource
{
public:
    static constexpr qint64 NoSeq = std::numeric_limits<qint64>::max();

    virtual ~NotificationLogSource() = default;

    /// Up to `limit` records matching `filter` with seq < beforeSeq, newest first.
    virtual QList<NotificationLogRecord> olderThan(
        const NotificationLogFilter &filter, qint64 beforeSeq, int limit, bool withRaw = false) = 0;
    /// Up to `limit` records matching `filter` with seq > afterSeq, newest first.
    virtual QList<NotificationLogRecord> newerThan(const NotificationLogFilter &filter, qint64 afterSeq, int limit) = 0;
    /// The highest seq stored (0 when empty).
    virtual qint64 newestSeq() = 0;
    /// The raw CloudEvent of one record (empty when unknown).
    virtual QByteArray rawJson(qint64 seq) = 0;
    /// How many records match (a full count: may scan the table for text filters).
    virtual qint64 count(const NotificationLogFilter &filter) = 0;
    virtual QString lastError() const = 0;
    /// Thread-safe: stops the read running on the source's thread, which then fails (or ends short). Does
    /// nothing where the backend cannot.
    virtual void interrupt() { }
};

/// Opens a NotificationLogSource on the calling thread: a SQL connection belongs to the thread that opened
/// it, so a reader thread calls this itself. Null (with `error` set) when the source cannot be opened.
using NotificationLogSourceFactory = std::function<std::unique_ptr<NotificationLogSource>(QString *error)>;

} // namespace roamdesk
