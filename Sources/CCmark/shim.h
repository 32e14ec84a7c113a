#ifndef CCMARK_SHIM_H
#define CCMARK_SHIM_H
#if __has_include(<cmark.h>)
#include <cmark.h>
#else
#error "libcmark headers not found: install the Debian package with `apt-get install -y libcmark-dev pkg-config` (or run Scripts/bootstrap.sh)"
#endif
#include <stdlib.h>
#endif
