#include "PagedTableModel.h"

namespace pd::ui {

namespace {

QString readError(const ServiceError &error)
{
    //: Dutch: "De lijst kon niet worden gelezen: %1"
    return error.isError()
        ? PagedTableModelBase::tr("The list could not be read: %1").arg(error.message)
        : QString();
}

} // namespace

void PagedTableModelBase::noteRead(const ServiceError &error, qsizetype rows)
{
    m_complete = error.isError() || rows < pageSize;
    m_error = readError(error);
}

void CountedTableModelBase::setError(const ServiceError &error)
{
    m_error = readError(error);
}

} // namespace pd::ui
