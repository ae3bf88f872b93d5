/**
 * An empty record for keys that come from outside (source names, lead ids,
 * reasons typed by a rep or read from a file). It has no prototype, so a key
 * named `__proto__`, `constructor` or `toString` is an ordinary key: on a
 * plain `{}` the first would set the prototype instead of a value, and the
 * others would read as Object's own functions — a lead would drop out of a
 * figure without a trace.
 */
export function keyedRecord<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}
