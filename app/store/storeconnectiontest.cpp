#include "app/store/storeconnectiontest.h"

#include "app/store/storefactory.h"

#include <QThread>

namespace roamdesk {

StoreConnectionTest::StoreConnectionTest(QObject *parent)
    : QObject(parent)
{
}

StoreConnectionTest::~StoreConnectionTest() = default;

void StoreConnectionTest::start(const QString &location)
{
    const quint64 generation = ++m_generation;
    m_running = true;
    QPointer<StoreConnectionTest> self(this);
    QThread *thread = QThread::create([self, generation, location] {
        bool ok = false;
        QString message;
        if (const std::optional<StoreLocation> parsed = StoreLocation::parse(location, &message)) {
            const std::unique_ptr<NotificationStore> store = storefactory::open(
                *parsed, NotificationStore::Durability::Normal, storefactory::Checks::Writable, &message);
            ok = store != nullptr;
            if (ok)
                message = tr("Connected: the store has %n notification(s).", nullptr, int(store->count({})));
        }
        QMetaObject::invokeMethod(
            self,
            [self, generation, ok, message] {
                if (!self || generation != self->m_generation)
                    return;
                self->m_running = false;
                Q_EMIT self->finished(ok, message);
            },
            Qt::QueuedConnection);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

} // namespace roamdesk
