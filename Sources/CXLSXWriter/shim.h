#ifndef DOITHOAI_CXLSXWRITER_SHIM_H
#define DOITHOAI_CXLSXWRITER_SHIM_H
#include <xlsxwriter.h>
#endif
