/**
 * Test fixtures shared through core's test-jar: the reference article and the QuickTheories
 * generators of every model type.
 */
package dev.newsmodel.testing;
