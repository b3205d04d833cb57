package viva.catalog;

/** The title series an evaluation round covers (notice, section 一). */
public enum Series {
    ENGINEERING,
    AGRICULTURE
}
