package dev.herald.config;

import java.time.ZoneId;

/** The news outlet Herald speaks for. {@code handle} is its social handle, e.g. "@jaanojunction". */
public record Outlet(String name, String url, String language, ZoneId timezone, String handle, Brand brand) {}
