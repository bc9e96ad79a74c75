#pragma once

// A WebhookReceiver over its own subscription registry on a fresh store, as the receiver tests set it up.

#include "app/receiver/webhookreceiver.h"
#include "app/store/sqlitenotificationstore.h"
#include "app/store/subscriptionregistry.h"

#include <memory>

namespace testsupport {

struct ReceiverUnderTest
{
    std::unique_ptr<roamdesk::SqliteNotificationStore> store;
    std::unique_ptr<roamdesk::SubscriptionRegistry> registry;
    std::unique_ptr<roamdesk::WebhookReceiver> receiver;
    /// Any free port on loopback, the store at the path given, one configured token.
    roamdesk::ReceiverSettings settings;

    /// False when the store at `path` does not open.
    bool open(const QString &path, const QByteArray &token)
    {
        store = std::make_unique<roamdesk::SqliteNotificationStore>();
        if (!store->open(path))
            return false;
        registry = std::make_unique<roamdesk::SubscriptionRegistry>(store.get());
        receiver = std::make_unique<roamdesk::WebhookReceiver>(registry.get());
        settings = roamdesk::ReceiverSettings();
        settings.port = 0;
        settings.databasePath = path;
        settings.tokens = QStringList{QString::fromLatin1(token)};
        return true;
    }

    /// The receiver first: it stops and commits what is pending before its registry and store go.
    void close()
    {
        receiver.reset();
        registry.reset();
        store.reset();
    }
};

} // namespace testsupport
