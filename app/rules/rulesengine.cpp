#include "app/rules/rulesengine.h"

#include "models/countrytable.h"
#include "models/datetime.h"
#include "models/fleetstate.h"
#include "models/notificationlogsource.h"
#include "models/roamingstatus.h"
#include "models/rulegeography.h"
#include "models/subscription.h"

#include <QCoreApplication>
#include <QHash>
#include <QLoggingCategory>

#include <algorithm>
#include <cmath>
#include <deque>
#include <limits>
#include <vector>

Q_LOGGING_CATEGORY(lcRules, "roamdesk.rules")

using namespace Qt::StringLiterals;

namespace roamdesk {

namespace {

constexpr qint64 HourMs = 3600 * 1000;
constexpr qint64 NoTime = std::numeric_limits<qint64>::min();

QDateTime utcTime(qint64 ms)
{
    return ruleTime(ms);
}

QString number(double value)
{
    return QString::number(value, 'g', 6);
}

/// What an event says, as the tray said it before alerts: "+3584… moved to SE Sweden (MCC 240)."
QString eventSentence(const NotificationLogRecord &record, const QString &device, const QStringList &countries)
{
    QString where = CountryTable::describe(countries);
    if (record.countryCode)
        where += QLatin1Char(' ')
            + QCoreApplication::translate("roamdesk::RulesEngine", "(MCC %1)").arg(*record.countryCode);
    const bool known = !countries.isEmpty() || record.countryCode;
    switch (record.type) {
    case EventType::RoamingOn:
        return known ? QCoreApplication::translate("roamdesk::RulesEngine", "%1 is roaming in %2.").arg(device, where)
                     : QCoreApplication::translate("roamdesk::RulesEngine", "%1 started roaming.").arg(device);
    case EventType::RoamingChangeCountry:
        return known ? QCoreApplication::translate("roamdesk::RulesEngine", "%1 moved to %2.").arg(device, where)
                     : QCoreApplication::translate("roamdesk::RulesEngine", "%1 changed country.").arg(device);
    case EventType::RoamingOff:
        return QCoreApplication::translate("roamdesk::RulesEngine", "%1 stopped roaming.").arg(device);
    case EventType::RoamingStatus:
        if (record.roaming.value_or(false) && known)
            return QCoreApplication::translate("roamdesk::RulesEngine", "%1 is roaming in %2.").arg(device, where);
        if (!record.roaming.value_or(true))
            return QCoreApplication::translate("roamdesk::RulesEngine", "%1 is at home.").arg(device);
        break;
    default:
        break;
    }
    return QCoreApplication::translate("roamdesk::RulesEngine", "%1 event for %2.")
        .arg(eventtype::shortName(record.type), device);
}

/// One evaluated event in a device's history.
struct Point
{
    qint64 ms = 0; // event time
    qint64 seq = 0; // 0 for a lookup
    std::optional<bool> roaming;
    QStringList countries; // ISO codes; empty when the event names none
    bool roamingOn = false; // a roaming-on event
};

bool before(const Point &a, const Point &b)
{
    return a.ms != b.ms ? a.ms < b.ms : a.seq < b.seq;
}

/// Two country sets name different places when they have no country in common.
bool differ(const QStringList &a, const QStringList &b)
{
    for (const QString &code : a) {
        if (b.contains(code))
            return false;
    }
    return true;
}

struct DeviceState
{
    QString label;
    QJsonObject object;
    std::vector<Point> points; // ordered by (ms, seq); trimmed to the longest window
    qint64 lastActivityMs = NoTime;
    std::vector<qint64> staleReported; // per rule: the last activity its silence was reported for
    std::vector<std::pair<qint64, bool>> roamingChanges; // fair-use: (time, roaming), ordered
    std::vector<bool> aboveRatio; // per rule: fair-use share above the ratio at the last look
};

struct SubscriptionState
{
    Subscription subscription;
    std::deque<qint64> eventMs; // events received for it (bounded), for the rate towards max events
    qint64 count = 0;
    bool ended = false;
    QHash<int, qint64> reportedEnd; // rule index -> the end time reported
};

} // namespace

struct RulesEngine::State
{
    RuleSet rules;
    QHash<QString, DeviceState> devices;
    QHash<QString, SubscriptionState> subscriptions;
    qint64 keepMs = 0; // history kept behind a device's newest event (country-hopping's longest window)
    qint64 fairUseMs = 0; // roaming changes kept (fair-use's longest window)
    qint64 endingMs = 0; // events kept per subscription (subscription-ending's longest window)
    qint64 evaluated = 0;

    DeviceState &device(const QString &label)
    {
        auto it = devices.find(label);
        if (it == devices.end()) {
            DeviceState state;
            state.label = label;
            state.object = FleetState::deviceFromLabel(label).toJson();
            state.staleReported.assign(size_t(rules.rules.size()), NoTime);
            state.aboveRatio.assign(size_t(rules.rules.size()), false);
            it = devices.insert(label, state);
        }
        return *it;
    }

    RuleHit hit(const Rule &rule, const DeviceState &device, qint64 ms, qint64 seq, const QString &message) const
    {
        RuleHit hit;
        hit.ruleId = rule.id;
        hit.kind = rulekind::toWire(rule.kind);
        hit.severity = rule.severity;
        hit.device = device.label;
        hit.deviceObject = device.object;
        hit.time = utcTime(ms);
        hit.seq = seq;
        hit.message = message;
        return hit;
    }

    QList<RuleHit> evaluate(const NotificationLogRecord *record, DeviceState &device, const Point &point);
    void staleGap(int index, const Rule &rule, DeviceState &device, qint64 ms, QList<RuleHit> &hits);
    void fairUse(int index, const Rule &rule, DeviceState &device, qint64 ms, qint64 seq, QList<RuleHit> &hits);
    void travel(const Rule &rule, DeviceState &device, size_t at, QList<RuleHit> &hits);
    void hopping(const Rule &rule, DeviceState &device, size_t at, QList<RuleHit> &hits);
    bool roamingAllowed(const Rule &rule, qint64 ms) const;
};

RulesEngine::RulesEngine(RuleSet rules)
    : d(std::make_unique<State>())
{
    d->rules = std::move(rules);
    for (const Rule &rule : std::as_const(d->rules.rules)) {
        if (rule.kind == RuleKind::CountryHopping)
            d->keepMs = std::max(d->keepMs, qint64(rule.hours * HourMs));
        if (rule.kind == RuleKind::SubscriptionEnding)
            d->endingMs = std::max(d->endingMs, qint64(rule.hours * HourMs));
        if (rule.kind == RuleKind::FairUse)
            d->fairUseMs = std::max(d->fairUseMs, qint64(rule.windowDays * 24 * HourMs));
    }
}

RulesEngine::~RulesEngine() = default;

const RuleSet &RulesEngine::rules() const
{
    return d->rules;
}

qint64 RulesEngine::evaluatedCount() const
{
    return d->evaluated;
}

namespace {

QStringList countriesOf(const std::optional<QStringList> &names, const std::optional<int> &code)
{
    if (names && !names->isEmpty())
        return *names;
    if (code)
        return CountryTable::instance().isoCodes(*code);
    return {};
}

} // namespace

QList<RuleHit> RulesEngine::addRecord(const NotificationLogRecord &record)
{
    if (record.device.isEmpty() && !eventtype::isTermination(record.type))
        return {};
    Point point;
    point.ms = record.eventMs.value_or(record.receivedMs);
    point.seq = record.seq;
    point.roaming = record.roaming;
    if (record.type == EventType::RoamingOn || record.type == EventType::RoamingChangeCountry)
        point.roaming = true;
    else if (record.type == EventType::RoamingOff)
        point.roaming = false;
    point.roamingOn = record.type == EventType::RoamingOn;
    if (!eventtype::isLifecycle(record.type))
        point.countries = countriesOf(record.countryNames, record.countryCode);

    QString label = record.device;
    if (!record.subscriptionId.isEmpty()) {
        auto it = d->subscriptions.find(record.subscriptionId);
        if (it != d->subscriptions.end()) {
            ++it->count;
            it->eventMs.push_back(point.ms);
            // Keep the window of the rate estimate bounded: a day beyond the longest subscription-ending window.
            while (it->eventMs.size() > 1 && it->eventMs.front() < point.ms - d->endingMs)
                it->eventMs.erase(it->eventMs.begin());
            if (eventtype::isTermination(record.type))
                it->ended = true;
            // A subscription's end may name no device: the subscription's own is the one it is about.
            if (label.isEmpty() && it->subscription.config.device)
                label = it->subscription.config.device->displayLabel();
        }
    }
    DeviceState &device = d->device(label);
    return d->evaluate(&record, device, point);
}

QList<RuleHit> RulesEngine::addRecords(QList<NotificationLogRecord> records)
{
    // Sorted by (time, seq, index) keys rather than moving the records themselves.
    struct Key
    {
        qint64 ms, seq;
        qsizetype index;
        bool operator<(const Key &other) const
        {
            return ms != other.ms ? ms < other.ms : (seq != other.seq ? seq < other.seq : index < other.index);
        }
    };
    std::vector<Key> order;
    order.reserve(size_t(records.size()));
    for (qsizetype i = 0; i < records.size(); ++i)
        order.push_back({records[i].eventMs.value_or(records[i].receivedMs), records[i].seq, i});
    std::sort(order.begin(), order.end());
    QList<RuleHit> hits;
    for (const Key &key : order)
        hits << addRecord(std::as_const(records)[key.index]);
    return hits;
}

QList<RuleHit> RulesEngine::addLookup(const Device &device, const RoamingStatus &status, const QDateTime &time)
{
    Point point;
    point.ms = status.lastStatusTime ? status.lastStatusTime->toMSecsSinceEpoch() : time.toMSecsSinceEpoch();
    point.roaming = status.roaming;
    if (status.roaming)
        point.countries = countriesOf(status.countryName, status.countryCode);
    DeviceState &state = d->device(device.displayLabel());
    state.object = device.toJson();
    QList<RuleHit> hits = d->evaluate(nullptr, state, point);
    // The lookup itself is activity when it was made, however old the status it brought.
    if (time.isValid())
        state.lastActivityMs = std::max(state.lastActivityMs, time.toMSecsSinceEpoch());
    return hits;
}

void RulesEngine::addSubscription(const Subscription &subscription)
{
    SubscriptionState &state = d->subscriptions[subscription.id];
    state.subscription = subscription;
    if (subscription.status
        && (*subscription.status == SubscriptionStatus::Expired || *subscription.status == SubscriptionStatus::Deleted))
        state.ended = true;
}

QList<RuleHit> RulesEngine::State::evaluate(
    const NotificationLogRecord *record, DeviceState &device, const Point &point)
{
    ++evaluated;
    // Into the device's history, in event-time order (a late event goes where it belongs).
    auto &points = device.points;
    const auto at = std::upper_bound(points.begin(), points.end(), point, before);
    const size_t index = size_t(at - points.begin());
    points.insert(at, point);
    const bool newest = index + 1 == points.size();

    if (point.roaming && (device.roamingChanges.empty() || device.roamingChanges.back().first <= point.ms)) {
        if (device.roamingChanges.empty() || device.roamingChanges.back().second != *point.roaming)
            device.roamingChanges.emplace_back(point.ms, *point.roaming);
    }

    QList<RuleHit> hits;
    for (int r = 0; r < rules.rules.size(); ++r) {
        const Rule &rule = rules.rules.at(r);
        if (record && !rule.passes(*record))
            continue;
        if (!record && rule.whereMatches)
            continue; // a lookup is no stored notification: a `where` cannot match it
        switch (rule.kind) {
        case RuleKind::CountryDenied: {
            QStringList denied;
            for (const QString &code : point.countries) {
                if (rule.countries.contains(code))
                    denied << code;
            }
            if (!denied.isEmpty()) {
                const QString message = point.countries.size() > 1
                    ? QCoreApplication::translate(
                        "roamdesk::RulesEngine", "%1 may be in %2, a denied country (the network names %3).")
                          .arg(device.label, CountryTable::describe(denied), point.countries.join(u", "_s))
                    : QCoreApplication::translate("roamdesk::RulesEngine", "%1 is in %2, a denied country.")
                          .arg(device.label, CountryTable::describe(denied));
                hits << hit(rule, device, point.ms, point.seq, message);
            }
            break;
        }
        case RuleKind::ImpossibleTravel:
            travel(rule, device, index, hits);
            break;
        case RuleKind::CountryHopping:
            hopping(rule, device, index, hits);
            break;
        case RuleKind::RoamingHours: {
            const Point *previous = index > 0 ? &points[index - 1] : nullptr;
            const bool turnedOn =
                point.roamingOn || (point.roaming.value_or(false) && !(previous && previous->roaming.value_or(false)));
            if (turnedOn && !roamingAllowed(rule, point.ms)) {
                const QDateTime local = QDateTime::fromMSecsSinceEpoch(point.ms, rule.timeZone);
                hits << hit(rule, device, point.ms, point.seq,
                    QCoreApplication::translate(
                        "roamdesk::RulesEngine", "%1 started roaming at %2 %3 local time, outside the allowed hours.")
                        .arg(device.label, local.toString(u"ddd yyyy-MM-dd HH:mm"_s),
                            QString::fromUtf8(rule.timeZone.id())));
            }
            break;
        }
        case RuleKind::StaleStatus:
            if (newest && !device.label.isEmpty())
                staleGap(r, rule, device, point.ms, hits);
            break;
        case RuleKind::SubscriptionEnding:
            if (record && eventtype::isTermination(record->type)
                && record->terminationReason != u"SUBSCRIPTION_DELETED"_s) {
                hits << hit(rule, device, point.ms, point.seq,
                    QCoreApplication::translate("roamdesk::RulesEngine", "Subscription %1 ended: %2.")
                        .arg(record->subscriptionId,
                            record->terminationReason.isEmpty()
                                ? QCoreApplication::translate("roamdesk::RulesEngine", "no reason given")
                                : record->terminationReason));
            }
            break;
        case RuleKind::FairUse:
            if (newest && !device.label.isEmpty())
                fairUse(r, rule, device, point.ms, point.seq, hits);
            break;
        case RuleKind::EventMatch:
            if (record)
                hits << hit(rule, device, point.ms, point.seq, eventSentence(*record, device.label, point.countries));
            break;
        }
    }
    if (newest)
        device.lastActivityMs = std::max(device.lastActivityMs, point.ms);

    // Bounded history: what the longest window needs behind the newest event, and at least the two newest.
    const qint64 horizon = points.back().ms - keepMs;
    size_t drop = 0;
    // The two newest events naming a country stay whatever their age: the travel rules compare with them.
    size_t keepFrom = points.size();
    for (int named = 0; keepFrom > 0 && named < 2;) {
        if (!points[--keepFrom].countries.isEmpty())
            ++named;
    }
    while (drop + 2 < points.size() && drop < keepFrom && points[drop + 1].ms < horizon)
        ++drop;
    if (drop > 0)
        points.erase(points.begin(), points.begin() + qsizetype(drop));
    auto &changes = device.roamingChanges;
    const qint64 fairHorizon = changes.empty() ? 0 : changes.back().first - fairUseMs;
    size_t dropChanges = 0;
    while (dropChanges + 1 < changes.size() && changes[dropChanges + 1].first <= fairHorizon)
        ++dropChanges;
    if (dropChanges > 0)
        changes.erase(changes.begin(), changes.begin() + qsizetype(dropChanges));
    return hits;
}

void RulesEngine::State::travel(const Rule &rule, DeviceState &device, size_t at, QList<RuleHit> &hits)
{
    const auto &points = device.points;
    if (points[at].countries.isEmpty())
        return;
    // The pair ending here, and (for a late event) the pair it now starts.
    const auto check = [&](size_t from, size_t to) {
        const Point &a = points[from];
        const Point &b = points[to];
        if (!differ(a.countries, b.countries))
            return;
        const std::optional<double> km = RuleGeography::distanceKm(a.countries, b.countries);
        if (!km)
            return;
        const double hours = double(b.ms - a.ms) / HourMs;
        if (*km <= rule.maxSpeedKmh * hours)
            return;
        hits << hit(rule, device, b.ms, b.seq,
            QCoreApplication::translate(
                "roamdesk::RulesEngine", "%1 was in %2 and %3 min later in %4, %5 km apart: faster than %6 km/h.")
                .arg(device.label, a.countries.join(u", "_s))
                .arg(qRound64(hours * 60))
                .arg(b.countries.join(u", "_s))
                .arg(qRound64(*km))
                .arg(number(rule.maxSpeedKmh)));
    };
    for (size_t i = at; i-- > 0;) {
        if (!points[i].countries.isEmpty()) {
            check(i, at);
            break;
        }
    }
    for (size_t i = at + 1; i < points.size(); ++i) {
        if (!points[i].countries.isEmpty()) {
            check(at, i);
            break;
        }
    }
}

void RulesEngine::State::hopping(const Rule &rule, DeviceState &device, size_t at, QList<RuleHit> &hits)
{
    const auto &points = device.points;
    if (points[at].countries.isEmpty())
        return;
    const qint64 window = qint64(rule.hours * HourMs);
    // Changes within [end - hours, end] for the window ending at `end`: this event, and for a late event every
    // later one whose window now holds it.
    const auto changesUntil = [&](size_t end) {
        int changes = 0;
        const QStringList *last = nullptr;
        for (size_t i = 0; i <= end; ++i) {
            const Point &p = points[i];
            if (p.countries.isEmpty())
                continue;
            if (last && differ(*last, p.countries) && p.ms >= points[end].ms - window)
                ++changes;
            last = &p.countries;
        }
        return changes;
    };
    for (size_t end = at; end < points.size() && points[end].ms <= points[at].ms + window; ++end) {
        if (points[end].countries.isEmpty())
            continue;
        const int changes = changesUntil(end);
        if (changes > rule.changes) {
            hits << hit(rule, device, points[end].ms, points[end].seq,
                QCoreApplication::translate("roamdesk::RulesEngine", "%1 changed country %2 times within %3 hours.")
                    .arg(device.label)
                    .arg(changes)
                    .arg(number(rule.hours)));
        }
    }
}

bool RulesEngine::State::roamingAllowed(const Rule &rule, qint64 ms) const
{
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(ms, rule.timeZone);
    const QTime time = local.time();
    const int day = local.date().dayOfWeek();
    if (rule.from < rule.to)
        return rule.days.contains(day) && time >= rule.from && time < rule.to;
    // A window across midnight belongs to the day it starts on.
    const int dayBefore = day == 1 ? 7 : day - 1;
    return (time >= rule.from && rule.days.contains(day)) || (time < rule.to && rule.days.contains(dayBefore));
}

void RulesEngine::State::staleGap(int index, const Rule &rule, DeviceState &device, qint64 ms, QList<RuleHit> &hits)
{
    if (device.lastActivityMs == NoTime)
        return;
    const qint64 threshold = device.lastActivityMs + qint64(rule.hours * HourMs);
    if (ms < threshold || device.staleReported[size_t(index)] == device.lastActivityMs)
        return;
    device.staleReported[size_t(index)] = device.lastActivityMs;
    hits << hit(rule, device, threshold, 0,
        QCoreApplication::translate("roamdesk::RulesEngine", "Nothing heard from %1 for %2 hours (last at %3).")
            .arg(device.label, number(rule.hours), rfc3339::format(utcTime(device.lastActivityMs))));
}

void RulesEngine::State::fairUse(
    int index, const Rule &rule, DeviceState &device, qint64 ms, qint64 seq, QList<RuleHit> &hits)
{
    const qint64 window = qint64(rule.windowDays * 24 * HourMs);
    const qint64 start = ms - window;
    qint64 abroad = 0;
    const auto &changes = device.roamingChanges;
    for (size_t i = 0; i < changes.size(); ++i) {
        if (!changes[i].second)
            continue;
        const qint64 from = std::max(changes[i].first, start);
        const qint64 to = std::min(i + 1 < changes.size() ? changes[i + 1].first : ms, ms);
        if (to > from)
            abroad += to - from;
    }
    const double share = double(abroad) / double(window);
    const bool above = share > rule.ratio;
    const bool was = device.aboveRatio[size_t(index)];
    device.aboveRatio[size_t(index)] = above;
    if (above && !was) {
        hits << hit(rule, device, ms, seq,
            QCoreApplication::translate("roamdesk::RulesEngine", "%1 spent %2% of the last %3 days abroad, above %4%.")
                .arg(device.label)
                .arg(qRound(share * 100))
                .arg(number(rule.windowDays))
                .arg(number(rule.ratio * 100)));
    }
}

QList<RuleHit> RulesEngine::tick(const QDateTime &now)
{
    const qint64 nowMs = now.toMSecsSinceEpoch();
    QList<RuleHit> hits;
    // Devices in label order, so that a tick's hits come in the same order on every run.
    QStringList labels = d->devices.keys();
    labels.sort();
    for (int r = 0; r < d->rules.rules.size(); ++r) {
        const Rule &rule = d->rules.rules.at(r);
        if (rule.kind == RuleKind::StaleStatus || rule.kind == RuleKind::FairUse) {
            for (const QString &label : std::as_const(labels)) {
                DeviceState &device = d->devices[label];
                if (label.isEmpty() || device.lastActivityMs == NoTime || nowMs < device.lastActivityMs)
                    continue;
                if (rule.kind == RuleKind::StaleStatus)
                    d->staleGap(r, rule, device, nowMs, hits);
                else
                    d->fairUse(r, rule, device, nowMs, 0, hits);
            }
        }
        if (rule.kind != RuleKind::SubscriptionEnding)
            continue;
        QStringList ids = d->subscriptions.keys();
        ids.sort();
        for (const QString &id : std::as_const(ids)) {
            SubscriptionState &state = d->subscriptions[id];
            if (state.ended)
                continue;
            const Subscription &subscription = state.subscription;
            const qint64 window = qint64(rule.hours * HourMs);
            QString what;
            qint64 endMs = std::numeric_limits<qint64>::max();
            const auto consider = [&](const std::optional<QDateTime> &time, const QString &text) {
                if (time && time->isValid() && time->toMSecsSinceEpoch() < endMs) {
                    endMs = time->toMSecsSinceEpoch();
                    what = text;
                }
            };
            consider(subscription.expiresAt ? subscription.expiresAt : subscription.config.subscriptionExpireTime,
                QCoreApplication::translate("roamdesk::RulesEngine", "it expires"));
            if (subscription.sinkCredential)
                consider(subscription.sinkCredential->accessTokenExpiresUtc,
                    QCoreApplication::translate("roamdesk::RulesEngine", "its sink token expires"));
            // Max events: at the rate of the last `hours`, the events left run out within the window.
            if (const std::optional<int> max = subscription.config.subscriptionMaxEvents) {
                const qint64 recent = std::count_if(state.eventMs.begin(), state.eventMs.end(),
                    [&](qint64 ms) { return ms > nowMs - window && ms <= nowMs; });
                if (recent > 0 && *max - state.count <= recent && nowMs < endMs) {
                    endMs = nowMs;
                    what = QCoreApplication::translate(
                        "roamdesk::RulesEngine", "its maximum of %1 events is near (%2 received)")
                               .arg(*max)
                               .arg(state.count);
                }
            }
            if (endMs == std::numeric_limits<qint64>::max() || endMs - nowMs > window
                || state.reportedEnd.value(r, NoTime) == endMs)
                continue;
            state.reportedEnd.insert(r, endMs);
            const Device deviceOf = subscription.config.device.value_or(Device());
            DeviceState &device = d->device(deviceOf.displayLabel());
            if (subscription.config.device)
                device.object = deviceOf.toJson();
            hits << d->hit(rule, device, nowMs, 0,
                QCoreApplication::translate("roamdesk::RulesEngine", "Subscription %1 ends by %2: %3.")
                    .arg(id, rfc3339::format(utcTime(endMs)), what));
        }
    }
    for (RuleHit &hit : hits)
        hit.fromTimer = true;
    return hits;
}

} // namespace roamdesk
