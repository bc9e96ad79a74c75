#include "ui/alertsfilter.h"

#include "ui/alertsmodel.h"

#include <QRegularExpression>

namespace roamdesk::ui {

AlertsFilter::AlertsFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(AlertsModel::SortRole);
}

void AlertsFilter::setStates(States states)
{
    m_states = states;
    invalidateFilter();
}

void AlertsFilter::setMinimumSeverity(std::optional<AlertSeverity> severity)
{
    m_minimum = severity;
    invalidateFilter();
}

namespace {
// Words are letters, digits, '_' and '+' (phone numbers); everything else separates them.
const QRegularExpression &separators()
{
    static const QRegularExpression pattern(QStringLiteral("[^\\w+]+"));
    return pattern;
}
} // namespace

void AlertsFilter::setText(const QString &text)
{
    m_words = text.toLower().split(separators(), Qt::SkipEmptyParts);
    invalidateFilter();
}

bool AlertsFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const auto state = AlertState(index.data(AlertsModel::StateRole).toInt());
    switch (m_states) {
    case States::Active:
        if (!alertstate::isActive(state))
            return false;
        break;
    case States::Open:
        if (state != AlertState::Open)
            return false;
        break;
    case States::Acknowledged:
        if (state != AlertState::Acknowledged)
            return false;
        break;
    case States::Resolved:
        if (state != AlertState::Resolved)
            return false;
        break;
    case States::Ignored:
        if (state != AlertState::Ignored)
            return false;
        break;
    case States::All:
        break;
    }
    if (m_minimum && index.data(AlertsModel::SeverityRole).toInt() < int(*m_minimum))
        return false;
    if (m_words.isEmpty())
        return true;
    // Word starts: "kp" finds "no-kp" and "KP", not "skp".
    const QStringList haystack =
        index.data(AlertsModel::SearchRole).toString().toLower().split(separators(), Qt::SkipEmptyParts);
    for (const QString &word : m_words) {
        const bool found = std::any_of(
            haystack.cbegin(), haystack.cend(), [&](const QString &candidate) { return candidate.startsWith(word); });
        if (!found)
            return false;
    }
    return true;
}

} // namespace roamdesk::ui
