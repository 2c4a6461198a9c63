/**
 * Implementation of the JSON mapping and validation; not part of the API and not exported.
 */
@NullMarked
package dev.newsmodel.json.internal;

import org.jspecify.annotations.NullMarked;
