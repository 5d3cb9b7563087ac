package io.github.councilplatform.notify.bulk;

import java.util.Map;

/** One row as read from a source: its line, its key, and its values by normalised column name. */
record SourceRow(long line, String key, Map<String, String> columns) {}
