#pragma once

#include <QObject>
#include <QPointer>

namespace roamdesk {

/// Tries a store location the way RoamDesk will open it, off the GUI thread (a server may take seconds to
/// answer or refuse), and says how it went.
class StoreConnectionTest final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoreConnectionTest)

public:
    explicit StoreConnectionTest(QObject *parent = nullptr);
    ~StoreConnectionTest() override;

    /// Starts a test of `location` (a file, sqlite:PATH or postgresql://…); a test still running is
    /// forgotten (its answer is dropped).
    void start(const QString &location);
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    /// `message` says what was found: the store's schema, or why it could not be opened.
    void finished(bool ok, const QString &message);

private:
    quint64 m_generation = 0;
    bool m_running = false;
};

} // namespace roamdesk
