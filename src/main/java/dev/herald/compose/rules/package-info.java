/**
 * How each platform counts and escapes post text ({@link dev.herald.compose.TextRules}): one small
 * class per platform, built on the platform's own rules (twitter-text for X).
 */
package dev.herald.compose.rules;
