#ifndef CLIBXML2_SHIM_H
#define CLIBXML2_SHIM_H
// libxml2's HTML and XML parsers (Debian package libxml2-dev), used by the Model's ingest readers.
// Debian builds libxml2 with ICU; its headers would then import the system's ICU headers, whose
// types clash with Foundation's own copy of ICU in Swift. We never use libxml2's ICU converters
// (text reaches it as UTF-8), so the ICU part of the headers is switched off here; only the tail
// of xmlCharEncodingHandler, which we never touch, depends on it.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

/// Frees memory libxml2 handed out (xmlFree is a global function pointer Swift 6 will not read).
static inline void clibxml2_free(void *pointer) { xmlFree(pointer); }
#endif
