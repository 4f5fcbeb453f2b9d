package dev.herald.config;

import java.util.regex.Pattern;

/**
 * Breaking news jumps the queue and the spacing when any non-null part matches: the article's
 * section (case-insensitive), one of its keywords, or a regex found in its headline.
 */
public record PriorityRule(String section, String keyword, Pattern headline) {}
