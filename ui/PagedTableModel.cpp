#include "PagedTableModel.h"

namespace pd::ui {

void PagedTableModelBase::noteRead(const ServiceError &error, qsizetype rows)
{
    m_complete = error.isError() || rows < pageSize;
    //: Dutch: "De lijst kon niet worden gelezen: %1"
    m_error = error.isError() ? tr("The list could not be read: %1").arg(error.message) : QString();
}

} // namespace pd::ui
