/**
 * What a user would write instead of newsmodel's renderer: a precompiled jte template and a bare
 * StringBuilder writer, both producing the same escaped markup.
 */
package dev.newsmodel.benchmarks.baseline;
