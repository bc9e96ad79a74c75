#pragma once

#include <QIdentityProxyModel>

namespace roamdesk::ui {

/// Tells event kinds apart at a glance over any log model: a symbol in front of the type
/// (▲ roaming-on, ▼ roaming-off, ⇄ change-country, ● roaming-status, ■ ends) plus a colour, so colour is
/// never the only channel. The type column is found by its header ("Type").
class EventKindProxy final : public QIdentityProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventKindProxy)

public:
    explicit EventKindProxy(QObject *parent = nullptr);
    ~EventKindProxy() override;

    void setSourceModel(QAbstractItemModel *model) override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    int typeColumn() const { return m_typeColumn; }
    /// "▲" for "roaming-on" (full or short names), "" for unknown.
    static QString symbolFor(const QString &type);
    static QString shortType(const QString &type);

private:
    void findTypeColumn();
    int m_typeColumn = -1;
};

} // namespace roamdesk::ui
