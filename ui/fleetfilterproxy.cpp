#include "ui/fleetfilterproxy.h"

#include "models/fleettablemodel.h"

namespace roamdesk::ui {

FleetFilterProxy::FleetFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(FleetTableModel::RawValueRole);
    setDynamicSortFilter(true);
}

void FleetFilterProxy::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    refilter();
}

void FleetFilterProxy::setCountry(const QString &isoCode)
{
    if (m_country == isoCode)
        return;
    m_country = isoCode;
    refilter();
}

void FleetFilterProxy::setText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (m_text == trimmed)
        return;
    m_text = trimmed;
    refilter();
}

void FleetFilterProxy::refilter()
{
    // Qt 6.4 has no beginFilterChange(); invalidateFilter() is the one that keeps the sort.
    invalidateFilter();
}

bool FleetFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, FleetTableModel::DeviceColumn, sourceParent);
    if (m_state != State::Any) {
        const QVariant roaming = index.data(FleetTableModel::RoamingRole);
        const State state = !roaming.isValid() ? State::Unknown : (roaming.toBool() ? State::Roaming : State::Home);
        if (state != m_state)
            return false;
    }
    if (!m_country.isEmpty() && !index.data(FleetTableModel::CountryCodesRole).toStringList().contains(m_country))
        return false;
    if (!m_text.isEmpty() && !index.data(FleetTableModel::KeyRole).toString().contains(m_text, Qt::CaseInsensitive))
        return false;
    return true;
}

} // namespace roamdesk::ui
