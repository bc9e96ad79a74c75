#include "ui/fleetfilterproxy.h"

#include "models/fleetstate.h"
#include "models/fleettablemodel.h"

namespace roamdesk::ui {

FleetFilterProxy::FleetFilterProxy(FleetTableModel *fleet, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_fleet(fleet)
{
    setSourceModel(fleet);
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

bool FleetFilterProxy::setText(const QString &text, FilterParseError *error)
{
    const QString trimmed = text.trimmed();
    if (m_text == trimmed)
        return true;
    std::optional<FilterExpression> expression = FilterExpression::parse(trimmed, error, FilterTarget::Fleet);
    if (!expression)
        return false;
    m_text = trimmed;
    m_expression = *expression;
    refilter();
    return true;
}

void FleetFilterProxy::refilter()
{
    // One re-map and one layout change: invalidateFilter() would announce every removed stretch of rows on its
    // own, which a view of a hundred thousand rows answers one by one (seconds, not milliseconds).
    invalidate();
}

bool FleetFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const DeviceFleetEntry *entry = m_fleet->entryAt(sourceRow);
    if (!entry)
        return false;
    if (m_state != State::Any) {
        const State state = !entry->roaming ? State::Unknown : (*entry->roaming ? State::Roaming : State::Home);
        if (state != m_state)
            return false;
    }
    if (!m_country.isEmpty() && !entry->countryNames.contains(m_country))
        return false;
    if (!m_expression.isEmpty() && !m_expression.matches(*entry))
        return false;
    return true;
}

bool FleetFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    return m_fleet->lessThan(left.row(), right.row(), left.column());
}

} // namespace roamdesk::ui
