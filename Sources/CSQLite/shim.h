#include <sqlite3.h>

// sqlite3_config is variadic, which Swift cannot call: one wrapper with fixed arguments per setting used.

// No bulk page-cache allocation when a connection opens its first cache (SQLITE_CONFIG_PAGECACHE with
// no buffer and N = 0, https://sqlite.org/c3ref/c_config_covering_index_scan.html#sqliteconfigpagecache):
// pages are allocated as they are needed. Must run before SQLite initializes; returns SQLITE_MISUSE after.
static inline int guide_sqlite3_config_page_cache_on_demand(void) {
    return sqlite3_config(SQLITE_CONFIG_PAGECACHE, (void *)0, 0, 0);
}
