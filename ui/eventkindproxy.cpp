#include "ui/eventkindproxy.h"
#include "ui/themecolors.h"

#include <QBrush>
#include <QColor>

namespace roamdesk::ui {

EventKindProxy::EventKindProxy(QObject *parent)
    : QIdentityProxyModel(parent)
{
}

EventKindProxy::~EventKindProxy() = default;

void EventKindProxy::setSourceModel(QAbstractItemModel *model)
{
    QIdentityProxyModel::setSourceModel(model);
    findTypeColumn();
    if (model) {
        connect(model, &QAbstractItemModel::headerDataChanged, this, &EventKindProxy::findTypeColumn);
        connect(model, &QAbstractItemModel::modelReset, this, &EventKindProxy::findTypeColumn);
    }
}

void EventKindProxy::findTypeColumn()
{
    m_typeColumn = -1;
    if (!sourceModel())
        return;
    for (int column = 0; column < sourceModel()->columnCount(); ++column) {
        const QString header = sourceModel()->headerData(column, Qt::Horizontal).toString();
        if (header.compare(QLatin1String("Type"), Qt::CaseInsensitive) == 0
            || header.compare(tr("Type"), Qt::CaseInsensitive) == 0) {
            m_typeColumn = column;
            return;
        }
    }
}

QString EventKindProxy::shortType(const QString &type)
{
    const int dot = type.lastIndexOf(QLatin1Char('.'));
    return dot >= 0 ? type.mid(dot + 1) : type;
}

QString EventKindProxy::symbolFor(const QString &type)
{
    const QString name = shortType(type);
    if (name == QLatin1String("roaming-on"))
        return QStringLiteral("▲");
    if (name == QLatin1String("roaming-off"))
        return QStringLiteral("▼");
    if (name == QLatin1String("roaming-change-country"))
        return QStringLiteral("⇄");
    if (name == QLatin1String("roaming-status"))
        return QStringLiteral("●");
    if (name.startsWith(QLatin1String("subscription-end")))
        return QStringLiteral("■");
    if (name.startsWith(QLatin1String("subscription-")))
        return QStringLiteral("◆");
    return {};
}

namespace {
QColor colourFor(const QString &name)
{
    if (name == QLatin1String("roaming-on"))
        return theme::abroad();
    if (name == QLatin1String("roaming-off"))
        return theme::home();
    if (name == QLatin1String("roaming-change-country"))
        return theme::change();
    if (name.startsWith(QLatin1String("subscription-end")))
        return theme::muted();
    return {};
}
} // namespace

QVariant EventKindProxy::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || m_typeColumn < 0)
        return QIdentityProxyModel::data(index, role);
    if (role == Qt::DisplayRole && index.column() == m_typeColumn) {
        const QString type = QIdentityProxyModel::data(index, role).toString();
        const QString symbol = symbolFor(type);
        const QString name = shortType(type);
        return symbol.isEmpty() ? name : QStringLiteral("%1 %2").arg(symbol, name);
    }
    if (role == Qt::ForegroundRole) {
        const QString type = QIdentityProxyModel::data(index.siblingAtColumn(m_typeColumn), Qt::DisplayRole).toString();
        const QColor colour = colourFor(shortType(type));
        if (colour.isValid())
            return QBrush(colour);
    }
    return QIdentityProxyModel::data(index, role);
}

} // namespace roamdesk::ui
