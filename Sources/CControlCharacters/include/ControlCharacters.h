#ifndef DOITHOAI_CONTROL_CHARACTERS_H
#define DOITHOAI_CONTROL_CHARACTERS_H

#include <stdint.h>

/// libxlsxwriter's own function, defined again correctly here (see ControlCharacters.c):
/// whether `string` holds a character libxlsxwriter escapes as _xHHHH_.
uint8_t lxw_has_control_characters(const char *string);

#endif
