#ifndef QUIRE_CLIBXML2_SHIM_H
#define QUIRE_CLIBXML2_SHIM_H

// Debian builds libxml2 with ICU, and <libxml/encoding.h> then includes the system ICU headers,
// which clash with Foundation's private ICU ("'UErrorCode' has different definitions") in any
// module that sees both. Quire never uses libxml2's ICU converters, so hide them: read the
// feature macros first, then switch ICU off before any other libxml2 header is seen.
#include <libxml/xmlversion.h>
#ifdef LIBXML_ICU_ENABLED
#undef LIBXML_ICU_ENABLED
#endif

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlwriter.h>
#include <libxml/xmlmemory.h>
#include <libxml/relaxng.h>
#include <libxml/xmlsave.h>

// `xmlFree` is a global function pointer, which Swift 6 treats as shared mutable state.
// Calling it through an inline function keeps every access on the C side.
static inline void quire_xmlFree(void *pointer) {
    xmlFree(pointer);
}

#endif
