#include "app/simulator/fleetgenerator.h"

#include "app/simulator/simulatednetwork.h"
#include "app/simulator/simulatedtime.h"
#include "models/countrytable.h"

#include <QJsonValue>
#include <QLoggingCategory>

#include <algorithm>
#include <cmath>

Q_DECLARE_LOGGING_CATEGORY(lcSimNetwork)

namespace roamdesk::sim {

namespace {
using simulatedtime::TickMs;
constexpr int StartAbroadPercent = 25; // a board shows travellers from the first second
constexpr int ReturnHomePercent = 50; // abroad: home, or on to another country
} // namespace

FleetGenerator::FleetGenerator(SimulatedNetwork *network, Clock *clock, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_clock(clock ? clock : Clock::system())
{
    m_timer.setInterval(TickMs);
    connect(&m_timer, &QTimer::timeout, this, &FleetGenerator::tick);
}

FleetGenerator::~FleetGenerator() = default;

QString FleetGenerator::phoneNumber(int index)
{
    return QLatin1Char('+') + QString::number(FirstNumber + index);
}

int FleetGenerator::indexOf(const QString &phoneNumber)
{
    if (!phoneNumber.startsWith(QLatin1Char('+')))
        return -1;
    bool ok = false;
    const qint64 value = QStringView(phoneNumber).mid(1).toLongLong(&ok);
    return ok && value >= FirstNumber && value < FirstNumber + MaxDevices ? int(value - FirstNumber) : -1;
}

const QList<int> &FleetGenerator::europeanMccs()
{
    // ITU-T E.212 zone 2 is Europe; MCCs without a country (none today) are left out.
    static const QList<int> mccs = [] {
        QList<int> list;
        for (const int mcc : CountryTable::instance().mccs()) {
            if (mcc >= 200 && mcc <= 299 && !CountryTable::instance().isoCodes(mcc).isEmpty())
                list.append(mcc);
        }
        return list;
    }();
    return mccs;
}

bool FleetGenerator::setFleet(int count, quint64 seed, QString *error)
{
    if (count < 0 || count > MaxDevices) {
        if (error)
            *error = tr("a fleet has 0 to %1 devices, not %2").arg(MaxDevices).arg(count);
        return false;
    }
    if (count == m_count && seed == m_seed)
        return true;
    if (m_count > 0)
        m_network->removeGeneratedDevices();
    clear();
    if (count == 0) {
        Q_EMIT fleetChanged(0);
        return true;
    }
    return generate(count, seed, nullptr, error);
}

void FleetGenerator::clear()
{
    m_timer.stop();
    m_heap.clear();
    m_heap.shrink_to_fit();
    m_count = 0;
    m_moves = 0;
    m_behind = false;
}

bool FleetGenerator::generate(int count, quint64 seed, const std::vector<quint16> *positions, QString *error)
{
    const QList<int> &europe = europeanMccs();
    m_random.seed(quint32(seed ^ (seed >> 32)));
    const QDateTime now = m_clock->now();
    const QString label = tr("Synthetic fleet device");
    QList<SimDevice> devices;
    devices.reserve(count);
    for (int i = 0; i < count; ++i) {
        SimDevice device;
        device.key = phoneNumber(i);
        device.identifiers.phoneNumber = device.key; // shared, not copied
        device.label = label;
        device.homeMcc = europe.at(int(m_random.bounded(quint32(europe.size()))));
        if (int(m_random.bounded(100u)) < StartAbroadPercent)
            device.currentMcc = drawCountry(device.homeMcc, device.homeMcc);
        if (positions) {
            const int saved = positions->at(size_t(i));
            device.currentMcc = saved == device.homeMcc ? 0 : saved;
        }
        device.lastStatusTime = now;
        device.generated = true;
        devices.append(device);
    }
    if (!m_network->addDevices(devices, error))
        return false;
    m_seed = seed;
    m_count = count;
    m_basePositionMs = 0;
    m_baseTime = now;
    m_heap.reserve(size_t(count));
    for (int i = 0; i < count; ++i)
        schedule(i, 0);
    m_timer.start();
    qCInfo(lcSimNetwork) << "fleet of" << count << "devices, seed" << seed;
    Q_EMIT fleetChanged(count);
    return true;
}

void FleetGenerator::schedule(qint32 index, qint64 fromMs)
{
    // Exponential pauses: moves of a device form a Poisson process, the fleet's moves arrive evenly.
    const double u = m_random.generateDouble(); // [0, 1)
    const qint64 pause = qMax<qint64>(1, qint64(-double(m_meanMs) * std::log(1.0 - u)));
    m_heap.push_back(Pending{fromMs + pause, index});
    std::push_heap(m_heap.begin(), m_heap.end(), Later());
}

int FleetGenerator::drawCountry(int a, int b)
{
    const QList<int> &europe = europeanMccs();
    while (true) {
        const int mcc = europe.at(int(m_random.bounded(quint32(europe.size()))));
        if (mcc != a && mcc != b)
            return mcc;
    }
}

void FleetGenerator::moveOne(qint32 index)
{
    const SimDevice *device = m_network->findDevice(phoneNumber(index));
    if (!device)
        return; // removed by hand: it travels no more
    int target = 0;
    if (!device->roaming())
        target = drawCountry(device->homeMcc, device->homeMcc);
    else if (int(m_random.bounded(100u)) >= ReturnHomePercent)
        target = drawCountry(device->homeMcc, device->currentMcc);
    m_network->moveDevice(device->key, target);
    ++m_moves;
}

void FleetGenerator::setSpeed(double speed)
{
    rebase();
    m_speed = simulatedtime::boundedSpeed(speed);
}

void FleetGenerator::rebase()
{
    m_basePositionMs = positionMs();
    m_baseTime = m_clock->now();
}

qint64 FleetGenerator::positionMs() const
{
    if (!m_baseTime.isValid())
        return m_basePositionMs;
    const qint64 elapsed = qMax<qint64>(0, m_baseTime.msecsTo(m_clock->now()));
    return m_basePositionMs + qint64(double(elapsed) * m_speed);
}

void FleetGenerator::tick()
{
    const qint64 now = positionMs();
    int applied = 0;
    m_moving = true;
    while (!m_heap.empty() && m_heap.front().atMs <= now && applied < MaxMovesPerTick) {
        std::pop_heap(m_heap.begin(), m_heap.end(), Later());
        const Pending due = m_heap.back();
        m_heap.pop_back();
        moveOne(due.index);
        schedule(due.index, due.atMs);
        ++applied;
    }
    m_moving = false;
    m_behind = !m_heap.empty() && m_heap.front().atMs <= now;
    // Behind: the next batch as soon as the events waiting meanwhile are handled, not a whole tick later.
    if (m_timer.isActive())
        m_timer.start(m_behind ? 0 : TickMs);
}

QJsonObject FleetGenerator::saveState() const
{
    if (m_count == 0)
        return {};
    QByteArray positions(qsizetype(m_count) * 2, '\0');
    for (int i = 0; i < m_count; ++i) {
        const SimDevice *device = m_network->findDevice(phoneNumber(i));
        const int mcc = device ? device->currentMcc : 0;
        positions[2 * i] = char(mcc & 0xff);
        positions[2 * i + 1] = char((mcc >> 8) & 0xff);
    }
    return QJsonObject{{QStringLiteral("count"), m_count}, {QStringLiteral("seed"), QString::number(m_seed)},
        {QStringLiteral("positions"), QString::fromLatin1(qCompress(positions, 1).toBase64())}};
}

bool FleetGenerator::restoreState(const QJsonObject &state, QString *error)
{
    clear();
    if (state.isEmpty()) {
        Q_EMIT fleetChanged(0);
        return true;
    }
    const int count = state.value(QStringLiteral("count")).toInt(-1);
    bool seedOk = false;
    const quint64 seed = state.value(QStringLiteral("seed")).toString().toULongLong(&seedOk);
    const QByteArray raw =
        qUncompress(QByteArray::fromBase64(state.value(QStringLiteral("positions")).toString().toLatin1()));
    if (count < 1 || count > MaxDevices || !seedOk || raw.size() != qsizetype(count) * 2) {
        if (error)
            *error = tr("the fleet in the state file is incomplete");
        return false;
    }
    std::vector<quint16> positions(static_cast<size_t>(count));
    for (int i = 0; i < count; ++i)
        positions[size_t(i)] = quint16(quint8(raw.at(2 * i)) | (quint8(raw.at(2 * i + 1)) << 8));
    return generate(count, seed, &positions, error);
}

} // namespace roamdesk::sim
